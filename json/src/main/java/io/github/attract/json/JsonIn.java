package io.github.attract.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.attract.money.Currencies;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A parser with what decoding needs around it: where it sits in the document (for the JSON Pointer
 * of every error), what to do with unknown properties, and the limit on decimal strings.
 *
 * <p>Every decoder starts on the first token of its value and ends on its last one. Errors are
 * thrown as {@link AttractJsonException} with the pointer of the parser's current position, so the
 * pointer costs nothing until something goes wrong.
 */
final class JsonIn {
  /** What to do with a property the format does not define. */
  enum Unknown {
    /** Fail with the property's pointer. */
    FAIL,
    /** Skip it and record a warning. */
    WARN,
    /** Skip it silently (only for Jackson users who disabled FAIL_ON_UNKNOWN_PROPERTIES). */
    SKIP
  }

  final JsonParser p;
  private final JsonPointer base;
  private final Unknown unknown;
  private final @Nullable Warnings warnings;
  private final int maxDecimalLength;
  private final boolean locations;
  private @Nullable Currency lastCurrency;
  private @Nullable Problems problems;

  JsonIn(
      JsonParser p,
      JsonPointer base,
      Unknown unknown,
      @Nullable Warnings warnings,
      int maxDecimalLength,
      boolean locations) {
    this.p = p;
    this.base = base;
    this.unknown = unknown;
    this.warnings = warnings;
    this.maxDecimalLength = maxDecimalLength;
    this.locations = locations;
  }

  /**
   * Makes the decoders of a project collect the problems of its parts and its violations here
   * instead of failing on the first (lenient reading).
   */
  void collectInto(Problems sink) {
    this.problems = sink;
  }

  /** Returns where problems are collected, or null if the first one fails (strict reading). */
  @Nullable Problems problems() {
    return problems;
  }

  /** Returns the pointer of the parser's current position, from the document root. */
  JsonPointer here() {
    JsonPointer local = p.getParsingContext().pathAsPointer();
    return base.toString().isEmpty() ? local : base.append(local);
  }

  AttractJsonException fail(String reason) {
    return fail(here(), reason, null);
  }

  AttractJsonException fail(JsonPointer at, String reason, @Nullable Throwable cause) {
    return new AttractJsonException(at, reason, locations ? p.currentTokenLocation() : null, cause);
  }

  /**
   * Turns a problem that Jackson or the JDK reported while reading into the documented exception.
   */
  AttractJsonException wrap(IOException e) {
    if (e instanceof AttractJsonException aje) {
      return aje;
    }
    return new AttractJsonException(
        here(),
        problem(e),
        locations && e instanceof JsonProcessingException jpe ? jpe.getLocation() : null,
        e);
  }

  /** Describes a problem that the parser or the JDK found in the input. */
  static String problem(IOException e) {
    String detail =
        e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    return "Malformed or oversized JSON: "
        + (detail == null ? e.getClass().getSimpleName() : detail);
  }

  /** Turns a rule of the domain that failed into the documented exception at the current place. */
  AttractJsonException wrap(RuntimeException e) {
    String message = e.getMessage();
    return fail(here(), message == null ? e.getClass().getSimpleName() : message, e);
  }

  /** Advances to the next token, which must exist. */
  JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail("Unexpected end of input");
    }
    return t;
  }

  /** Checks that the current token starts an object. */
  void startObject(String subject) throws AttractJsonException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(subject + " must be an object, but was " + describe());
    }
  }

  /** Checks that the current token starts an array. */
  void startArray(String subject) throws AttractJsonException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(subject + " must be an array, but was " + describe());
    }
  }

  /**
   * Moves to the next property of the current object and onto its value.
   *
   * @return the property name, or null at the end of the object
   */
  @Nullable String nextProperty() throws IOException {
    String name = p.nextFieldName();
    if (name == null) {
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw fail("Expected a property name or the end of the object, but was " + describe());
      }
      return null;
    }
    next();
    return name;
  }

  /**
   * Moves to the next element of the current array.
   *
   * @return false at the end of the array
   */
  boolean nextElement() throws IOException {
    return next() != JsonToken.END_ARRAY;
  }

  /** Handles a property the format does not define; the parser is on its value. */
  void unknownProperty(String subject, String name) throws IOException {
    switch (unknown) {
      case FAIL -> throw fail(subject + " has no property '" + name + "'");
      case WARN -> {
        if (warnings != null) {
          if (warnings.keepsMore()) {
            warnings.add(ReadWarning.of(here(), "Ignored the unknown property '" + name + "'"));
          } else {
            warnings.countOnly();
          }
        }
        p.skipChildren();
      }
      case SKIP -> p.skipChildren();
    }
  }

  /** Reads the current token as a string. */
  String text(String subject) throws AttractJsonException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(subject + " must be a string, but was " + describe());
    }
    try {
      return p.getText();
    } catch (IOException e) {
      throw wrap(e);
    }
  }

  /**
   * Reads the current string and converts it, turning an IllegalArgumentException into an error.
   */
  <T> T text(String subject, Function<String, T> of) throws AttractJsonException {
    String text = text(subject);
    try {
      return of.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw wrap(e);
    }
  }

  /** Reads the current token as a whole number between two bounds. */
  long wholeNumber(String subject, long min, long max) throws AttractJsonException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail(subject + " must be a whole number, but was " + describe());
    }
    try {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw fail(
            subject + " must be between " + min + " and " + max + ", but was " + p.getText());
      }
      long value = p.getLongValue();
      if (value < min || value > max) {
        throw fail(subject + " must be between " + min + " and " + max + ", but was " + value);
      }
      return value;
    } catch (AttractJsonException e) {
      throw e;
    } catch (IOException e) {
      throw wrap(e);
    }
  }

  /** Reads the current token as a boolean. */
  boolean bool(String subject) throws AttractJsonException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw fail(subject + " must be true or false, but was " + describe());
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** Reads the current token as a year number. */
  Year year(String subject) throws AttractJsonException {
    return Year.of((int) wholeNumber(subject, Year.MIN_VALUE, Year.MAX_VALUE));
  }

  /** Reads the current token as an ISO date, {@code 2023-04-07}. */
  LocalDate date(String subject) throws AttractJsonException {
    String text = text(subject);
    try {
      // The common shape, yyyy-mm-dd, directly; anything else through the ISO parser.
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if ((year | month | day) >= 0) {
          return LocalDate.of(year, month, day);
        }
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw fail(
          here(),
          subject + " must be an ISO date such as \"2023-04-07\", but was '" + text + "'",
          e);
    }
  }

  /** Reads the current token as an ISO month, {@code 2023-04}. */
  YearMonth month(String subject) throws AttractJsonException {
    String text = text(subject);
    try {
      if (text.length() == 7 && text.charAt(4) == '-') {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        if ((year | month) >= 0) {
          return YearMonth.of(year, month);
        }
      }
      return YearMonth.parse(text);
    } catch (DateTimeException e) {
      throw fail(
          here(), subject + " must be an ISO month such as \"2023-04\", but was '" + text + "'", e);
    }
  }

  /**
   * Reads the current token as a plain decimal string: an optional minus sign, digits, and an
   * optional fraction. JSON numbers are refused, because binary floating point loses cents.
   */
  BigDecimal decimal(String subject, String example) throws AttractJsonException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String number;
      try {
        number = p.getText();
      } catch (IOException e) {
        throw wrap(e);
      }
      throw fail(
          subject
              + " must be a decimal string such as \""
              + example
              + "\"; JSON numbers are not accepted, but was the number "
              + number);
    }
    return decimal(subject, text(subject), example);
  }

  /** Checks and converts a plain decimal string that is part of the current token. */
  BigDecimal decimal(String subject, String text, String example) throws AttractJsonException {
    if (text.length() > maxDecimalLength) {
      throw fail(
          subject
              + " must have at most "
              + maxDecimalLength
              + " characters, but has "
              + text.length());
    }
    if (!isPlainDecimal(text)) {
      throw fail(
          subject
              + " must be a plain decimal string such as \""
              + example
              + "\", but was '"
              + text
              + "'");
    }
    return new BigDecimal(text);
  }

  /**
   * Reads the currency code at the start of the current string, up to {@code end}. The last
   * currency read is remembered, so that a document in one currency looks its code up once.
   */
  Currency currency(String text, int end) throws AttractJsonException {
    Currency last = lastCurrency;
    if (last != null && end == 3 && text.startsWith(last.getCurrencyCode())) {
      return last;
    }
    String code = text.substring(0, end);
    Currency currency;
    try {
      currency = Currencies.of(code);
    } catch (IllegalArgumentException e) {
      throw fail(here(), String.valueOf(e.getMessage()), e);
    }
    lastCurrency = moneyCurrency(currency);
    return currency;
  }

  /** Checks that a currency can carry money: it has a minor unit (not XXX, XAU ...). */
  Currency moneyCurrency(Currency currency) throws AttractJsonException {
    if (currency.getDefaultFractionDigits() < 0) {
      throw fail(
          "Currency '" + currency.getCurrencyCode() + "' has no minor unit and is not money");
    }
    return currency;
  }

  /**
   * Returns the number that the ASCII digits in {@code [from, to)} spell, or -1 if any is not one.
   */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** What {@link #simpleMinorUnits} returns for text that needs the general path. */
  static final long NOT_SIMPLE = Long.MIN_VALUE;

  /**
   * Reads {@code text} from {@code from} as minor units when that is simple: a plain decimal within
   * the length limit, with at most {@code scale} decimal places and at most 18 digits once scaled,
   * so that the result always fits a long. Anything else (including every error) returns {@link
   * #NOT_SIMPLE}, and the caller goes the general way, which gives the documented messages.
   */
  long simpleMinorUnits(String text, int from, int scale) {
    int end = text.length();
    if (end - from > maxDecimalLength || from == end) {
      return NOT_SIMPLE;
    }
    int i = from;
    boolean negative = text.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    int digits = 0;
    char c;
    while (i < end && isDigit(c = text.charAt(i))) {
      value = value * 10 + (c - '0');
      i++;
      digits++;
      if (digits > 18) {
        return NOT_SIMPLE;
      }
    }
    if (digits == 0) {
      return NOT_SIMPLE;
    }
    int fraction = 0;
    if (i < end) {
      if (text.charAt(i) != '.') {
        return NOT_SIMPLE;
      }
      i++;
      while (i < end && isDigit(c = text.charAt(i))) {
        value = value * 10 + (c - '0');
        i++;
        fraction++;
        if (digits + fraction > 18) {
          return NOT_SIMPLE;
        }
      }
      if (fraction == 0 || i < end) {
        return NOT_SIMPLE;
      }
    }
    if (fraction > scale || digits + scale > 18) {
      return NOT_SIMPLE;
    }
    for (int k = fraction; k < scale; k++) {
      value *= 10;
    }
    return negative ? -value : value;
  }

  static boolean isPlainDecimal(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == s.length()) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = 0;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
      fraction++;
    }
    return fraction > 0 && i == s.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Describes the current token for a message: "a string", "the number 12", "null". */
  String describe() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case FIELD_NAME -> "a property name";
      default -> t.toString();
    };
  }
}
