package dev.lede.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A YAML settings file read over defaults: keys in snake case, nested mappings merged key by key,
 * and every mistake (unknown key, value of the wrong type, broken YAML) reported with the file and
 * the key's path rather than Jackson's wording.
 */
final class SettingsFile {
  private SettingsFile() {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);

  /**
   * {@code file} over {@code defaults} (a missing file means all defaults), with {@code adjust}
   * applied to the merged tree before it is bound (for overrides from the environment).
   *
   * @throws IllegalArgumentException naming the file, and the key and value that are wrong
   */
  static <T> T read(Path file, T defaults, Class<T> type, Consumer<ObjectNode> adjust) {
    ObjectNode merged = YAML.valueToTree(defaults);
    if (Files.exists(file)) {
      JsonNode read;
      try {
        read = YAML.readTree(file.toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ": not readable YAML: " + firstLine(e.getMessage()), e);
      }
      if (read != null && !read.isMissingNode() && !read.isNull()) {
        if (!read.isObject()) throw new IllegalArgumentException(file + ": must be a mapping of keys to values");
        merge(merged, (ObjectNode) read);
      }
    }
    adjust.accept(merged);
    try {
      return YAML.treeToValue(merged, type);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(file + ": unknown key '" + path(e) + "' (known here: "
          + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")", e);
    } catch (InvalidFormatException e) {
      String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
          ? " (one of " + java.util.Arrays.stream(e.getTargetType().getEnumConstants())
              .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")"
          : "";
      throw new IllegalArgumentException(file + ": " + path(e) + " has an invalid value '" + e.getValue() + "'" + allowed, e);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(file + ": " + path(e) + " is invalid: " + firstLine(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static void merge(ObjectNode base, ObjectNode over) {
    over.properties().forEach(e -> {
      JsonNode current = base.get(e.getKey());
      if (current instanceof ObjectNode c && e.getValue() instanceof ObjectNode o) {
        merge(c, o);
      } else {
        base.set(e.getKey(), e.getValue());
      }
    });
  }

  private static String path(JsonMappingException e) {
    List<String> parts = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) parts.add(r.getFieldName());
      else if (r.getIndex() >= 0 && !parts.isEmpty()) parts.set(parts.size() - 1, parts.getLast() + "[" + r.getIndex() + "]");
    }
    return String.join(".", parts);
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
