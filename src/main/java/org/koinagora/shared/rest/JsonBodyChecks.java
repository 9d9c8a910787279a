package org.koinagora.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.koinagora.shared.InvalidInputException;
import org.koinagora.shared.PayloadTooLargeException;

/**
 * Checks a JSON body before JSON-B reads it, naming the field at fault (400): JSON-B would read
 * {@code 4294967298} into an {@code int} as 2 and {@code 1.5} as 1, so every number bound for a
 * whole-number field of the request (records, their lists and maps, to any depth) must be whole and
 * in the field's range; and no text may hold control characters (NUL and the like; tab and line
 * breaks are text). A body sent without its length is read only up to the configured limit (413).
 */
@Provider
public class JsonBodyChecks implements ReaderInterceptor {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())
        || !needsChecking(context.getType())) {
      return context.proceed();
    }
    int limit =
        ConfigProvider.getConfig()
                .getOptionalValue("koinagora.api.max-body-kb", Integer.class)
                .orElse(256)
            * 1024;
    byte[] body = context.getInputStream().readNBytes(limit + 1);
    if (body.length > limit) {
      throw new PayloadTooLargeException();
    }
    checkBody(new String(body, StandardCharsets.UTF_8), context.getGenericType());
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /**
   * The checks on a whole body bound for {@code type}; malformed JSON is left for JSON-B to report.
   */
  static void checkBody(String body, Type type) {
    JsonValue json;
    try (var reader = Json.createReader(new StringReader(body))) {
      json = reader.readValue();
    } catch (JsonException malformed) {
      return;
    } catch (NumberFormatException
        | ArithmeticException
        | UnsupportedOperationException unreadable) {
      // Parsson refuses a number of over 1,100 characters this way, and BigDecimal an exponent out
      // of range
      throw new InvalidInputException(null, "error.number_unreadable");
    }
    checkTexts(json, null);
    check(json, type, null);
  }

  /**
   * Texts without control characters, and numbers of a size any field here can hold (else JSON-B
   * would fail unmapped).
   */
  static void checkTexts(JsonValue value, String field) {
    if (value instanceof JsonString text && CONTROL.matcher(text.getString()).find()) {
      throw new InvalidInputException(field, "error.control_characters");
    } else if (value instanceof JsonNumber number && !isReadable(number)) {
      throw new InvalidInputException(field, "error.number_unreadable");
    } else if (value instanceof JsonObject object) {
      object.forEach((name, item) -> checkTexts(item, name));
    } else if (value instanceof JsonArray array) {
      array.forEach(item -> checkTexts(item, field));
    }
  }

  private static boolean isReadable(JsonNumber number) {
    if (number.toString().length() > 40) {
      return false;
    }
    try {
      number.bigDecimalValue();
      return true;
    } catch (NumberFormatException | ArithmeticException unreadable) {
      return false;
    }
  }

  private static boolean needsChecking(Class<?> type) {
    return type.isRecord()
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type);
  }

  static void check(JsonValue value, Type type, String field) {
    Class<?> raw = raw(type);
    if (raw == null || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Range range = Range.of(raw);
    if (range != null) {
      if (value instanceof JsonNumber number && !range.holds(number)) {
        throw new InvalidInputException(field, "error.whole_number", range.min(), range.max());
      }
    } else if (raw.isRecord() && value instanceof JsonObject object) {
      for (RecordComponent component : raw.getRecordComponents()) {
        check(object.get(component.getName()), component.getGenericType(), component.getName());
      }
    } else if (Collection.class.isAssignableFrom(raw) && value instanceof JsonArray array) {
      Type element = argument(type, 0);
      array.forEach(item -> check(item, element, field));
    } else if (Map.class.isAssignableFrom(raw) && value instanceof JsonObject object) {
      Type element = argument(type, 1);
      object.values().forEach(item -> check(item, element, field));
    }
  }

  private record Range(long min, long max) {
    static Range of(Class<?> type) {
      if (type == int.class || type == Integer.class) {
        return new Range(Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      if (type == long.class || type == Long.class) {
        return new Range(Long.MIN_VALUE, Long.MAX_VALUE);
      }
      if (type == short.class || type == Short.class) {
        return new Range(Short.MIN_VALUE, Short.MAX_VALUE);
      }
      return null;
    }

    /**
     * Whole and in range; a number written with more than 40 characters is neither (and is not
     * worth parsing).
     */
    boolean holds(JsonNumber json) {
      if (json.toString().length() > 40) {
        return false;
      }
      try {
        BigDecimal number = json.bigDecimalValue();
        return number.stripTrailingZeros().scale() <= 0
            && number.compareTo(BigDecimal.valueOf(min)) >= 0
            && number.compareTo(BigDecimal.valueOf(max)) <= 0;
      } catch (NumberFormatException | ArithmeticException unreadable) {
        return false;
      }
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    return type instanceof ParameterizedType parameterized
            && parameterized.getRawType() instanceof Class<?> plain
        ? plain
        : null;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType parameterized
            && parameterized.getActualTypeArguments().length > index
        ? parameterized.getActualTypeArguments()[index]
        : Object.class;
  }
}
