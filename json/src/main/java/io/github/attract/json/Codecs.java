package io.github.attract.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;

/** Adapters from the format's encoders and decoders to Jackson databind. */
final class Codecs {
  private Codecs() {}

  /** A serializer that writes with an encoder of the format. */
  static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // the encoders are stateless method references
    private final Encode.Writer<T> writer;

    Serializer(Class<T> type, Encode.Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(g, value);
    }
  }

  /**
   * A deserializer that reads with a decoder of the format. Unknown properties fail unless the
   * mapper disables {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}; errors are {@link
   * AttractJsonException}s whose pointer is the path in the parsed input.
   */
  static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // the decoders are stateless method references
    private final Decode.Reader<T> reader;

    Deserializer(Class<T> type, Decode.Reader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonIn in =
          new JsonIn(
              p,
              JsonPointer.empty(),
              ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                  ? JsonIn.Unknown.FAIL
                  : JsonIn.Unknown.SKIP,
              null,
              p.streamReadConstraints().getMaxNumberLength(),
              true);
      try {
        return reader.read(in);
      } catch (IllegalArgumentException
          | IllegalStateException
          | DateTimeException
          | ArithmeticException e) {
        throw in.wrap(e);
      }
    }
  }

  /** Writes a value as a string: the code of an enum, the text of an id. */
  static <T> Serializer<T> text(Class<T> type, Function<T, String> text) {
    return new Serializer<>(type, (g, v) -> g.writeString(text.apply(v)));
  }

  /** Reads a value from a string. */
  static <T> Deserializer<T> text(Class<T> type, String subject, Function<String, T> of) {
    return new Deserializer<>(type, in -> in.text(subject, of));
  }

  /** Writes a map key with the value's text. */
  static final class KeySerializer<T> extends JsonSerializer<T> {
    private final Function<T, String> text;

    KeySerializer(Function<T, String> text) {
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(text.apply(value));
    }
  }

  /** Reads a map key from its text. */
  static final class KeyReader extends KeyDeserializer {
    private final Class<?> type;
    private final Function<String, ?> of;

    KeyReader(Class<?> type, Function<String, ?> of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return of.apply(key);
      } catch (IllegalArgumentException e) {
        return ctxt.handleWeirdKey(type, key, "%s", String.valueOf(e.getMessage()));
      }
    }
  }
}
