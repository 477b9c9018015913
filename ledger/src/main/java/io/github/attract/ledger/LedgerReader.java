package io.github.attract.ledger;

import io.github.attract.portfolio.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a project ledger (项目台账), an Excel {@code .xlsx} workbook or a CSV file, into a {@link
 * LedgerImport}: the base portfolio with one project per good row, and every other row rejected or
 * skipped with its sheet, row, column and reason.
 *
 * <pre>{@code
 * LedgerReader reader = LedgerReader.of(LedgerMapping.forYear(Year.of(2023)), base);
 * LedgerImport result = reader.read(Path.of("2023年重点项目台账.xlsx"));
 * result.projects();      // the accepted projects, in row order
 * result.rejected();      // e.g. 台账!G17 (建设地点) '某某县': unknown region '某某县'
 * }</pre>
 *
 * <p>The header is found in the first rows: the row (or pair of rows, for a header with merged
 * group cells) that names the most known columns, among them 项目名称; title rows and a "单位：万元" line
 * above it are allowed. 建设地点 and 所属行业 are resolved by name (or id) against the base portfolio's
 * regions and industry taxonomy, and 投资方 against its investors; a new investor gets its name as id
 * and is added to the portfolio.
 *
 * <p>Workbooks are read as a stream (Apache POI's event API over the sheet's XML), so a ledger of
 * any length is read without holding its cells: only the shared strings of the workbook and the
 * accepted projects are kept. Numbers are taken from the cell's stored text to Excel's 15
 * significant digits, exactly, never through a {@code double}. Dates are read from Excel date
 * serials (1900 date system, 1950 to 2100) and from the texts ledgers use: 2023.4.7, 2023-04-07,
 * 2023/4/7, 2023年4月7日, 20230407, and 2023年4月 or 2023.4 (the first day of the month).
 *
 * <p>Immutable and thread-safe; each read is independent.
 */
public final class LedgerReader {
  private final LedgerMapping mapping;
  private final Portfolio base;

  private LedgerReader(LedgerMapping mapping, Portfolio base) {
    this.mapping = mapping;
    this.base = base;
  }

  /**
   * Returns a reader.
   *
   * @param mapping how columns and figures map to the domain
   * @param base the portfolio whose regions, industries and investors names resolve against, and to
   *     which the accepted projects are added
   * @return the reader
   */
  public static LedgerReader of(LedgerMapping mapping, Portfolio base) {
    return new LedgerReader(
        Objects.requireNonNull(mapping, "mapping"), Objects.requireNonNull(base, "base"));
  }

  /**
   * Reads a ledger file: {@code .xlsx} as a workbook, {@code .csv} as UTF-8 CSV.
   *
   * @param file the file
   * @return the import
   * @throws LedgerFormatException if the file is no ledger (see the exception)
   * @throws UncheckedIOException if the file cannot be read
   */
  public LedgerImport read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return readCsv(file, StandardCharsets.UTF_8);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        return readXlsx(pkg, String.valueOf(file.getFileName()));
      } catch (InvalidFormatException e) {
        throw new LedgerFormatException(
            "Ledger file '" + file.getFileName() + "' is no workbook", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new LedgerFormatException(
        "Ledger file '" + file.getFileName() + "' must end in .xlsx or .csv");
  }

  /**
   * Reads a CSV ledger file in a given character set (many ledgers are saved in GB 18030).
   *
   * @param file the file
   * @param charset the character set
   * @return the import, whose sheet is the file's name
   * @throws UncheckedIOException if the file cannot be read
   */
  public LedgerImport readCsv(Path file, Charset charset) {
    try (Reader in = Files.newBufferedReader(file, charset)) {
      return readCsv(in, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a CSV ledger (RFC 4180, a leading byte order mark ignored); the row of a record is its
   * record number, blank lines included.
   *
   * @param in the text; not closed
   * @param name the source's name, used as the sheet of every location
   * @return the import
   * @throws UncheckedIOException if the text cannot be read
   */
  public LedgerImport readCsv(Reader in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    LedgerParser parser = new LedgerParser(mapping, base, name);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    try {
      CSVParser csv = CSVParser.builder().setReader(in).setFormat(format).get();
      for (CSVRecord record : csv) {
        List<LedgerParser.Cell> cells = new ArrayList<>(record.size());
        for (String value : record) {
          cells.add(new LedgerParser.Cell(value, false));
        }
        if (record.getRecordNumber() == 1 && !cells.isEmpty()) {
          String first = cells.get(0).text();
          if (first.startsWith("\uFEFF")) {
            cells.set(0, new LedgerParser.Cell(first.substring(1), false));
          }
        }
        parser.accept((int) record.getRecordNumber(), cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parser.finish();
  }

  /**
   * Reads a workbook ledger from a stream (the stream is read whole into memory first; pass a
   * {@link Path} to {@link #read(Path)} to stream from disk).
   *
   * @param in the workbook's bytes; not closed
   * @param name the source's name, for messages
   * @return the import
   * @throws LedgerFormatException if the bytes are no workbook or hold no ledger
   * @throws UncheckedIOException if the stream cannot be read
   */
  public LedgerImport readXlsx(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    try (OPCPackage pkg = OPCPackage.open(in)) {
      return readXlsx(pkg, name);
    } catch (InvalidFormatException e) {
      throw new LedgerFormatException("Ledger '" + name + "' is no workbook", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LedgerImport readXlsx(OPCPackage pkg, String name) throws IOException {
    try {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String sheetName = sheets.getSheetName();
          if (mapping.sheet().isPresent() && !mapping.sheet().get().equals(sheetName)) {
            continue;
          }
          LedgerParser parser = new LedgerParser(mapping, base, sheetName);
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new SheetHandler(strings, parser));
          xml.parse(new InputSource(sheet));
          return parser.finish();
        }
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new LedgerFormatException("Ledger '" + name + "' is no readable workbook", e);
    }
    throw new LedgerFormatException(
        mapping.sheet().isPresent()
            ? "Ledger '" + name + "' has no sheet '" + mapping.sheet().get() + "'"
            : "Ledger '" + name + "' has no sheet");
  }

  /**
   * The SAX handler of one worksheet part: collects the cells of a row, hands the row to the
   * parser, and forgets it. Cell types: shared string ({@code s}), inline string, formula string
   * ({@code str}), boolean, error, and number (the default), whose stored text is kept as is.
   */
  private static final class SheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final LedgerParser parser;
    private final StringBuilder text = new StringBuilder();
    private final List<LedgerParser.Cell> row = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type = "n";
    private boolean inValue;
    private boolean inInline;
    private boolean hasValue;

    SheetHandler(ReadOnlySharedStringsTable strings, LedgerParser parser) {
      this.strings = strings;
      this.parser = parser;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          row.clear();
          column = -1;
        }
        case "c" -> {
          String ref = attributes.getValue("r");
          column = ref == null ? column + 1 : columnIndex(ref);
          String t = attributes.getValue("t");
          type = t == null ? "n" : t;
          text.setLength(0);
          hasValue = false;
        }
        case "v" -> {
          inValue = true;
          text.setLength(0);
        }
        case "is" -> {
          inInline = true;
          text.setLength(0);
        }
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInline) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v" -> {
          inValue = false;
          hasValue = true;
        }
        case "is" -> {
          inInline = false;
          hasValue = true;
        }
        case "c" -> {
          while (row.size() < column) {
            row.add(LedgerParser.Cell.BLANK);
          }
          row.add(hasValue ? cell() : LedgerParser.Cell.BLANK);
        }
        case "row" -> parser.accept(rowNumber, new ArrayList<>(row));
        default -> {}
      }
    }

    private LedgerParser.Cell cell() {
      String value = text.toString();
      return switch (type) {
        case "s" ->
            new LedgerParser.Cell(
                strings.getItemAt(Integer.parseInt(value.strip())).getString(), false);
        case "inlineStr", "str", "e" -> new LedgerParser.Cell(value, false);
        case "b" -> new LedgerParser.Cell("1".equals(value) ? "TRUE" : "FALSE", false);
        default -> number(value);
      };
    }

    /** A number cell as Excel shows it: "-5.0" and "1.2E7" are -5 and 12000000. */
    private static LedgerParser.Cell number(String raw) {
      if (raw.isBlank()) {
        return LedgerParser.Cell.BLANK;
      }
      try {
        return new LedgerParser.Cell(LedgerParser.excelNumber(raw).toPlainString(), true);
      } catch (NumberFormatException e) {
        return new LedgerParser.Cell(raw, false);
      }
    }

    private static int columnIndex(String ref) {
      int index = 0;
      for (int i = 0; i < ref.length(); i++) {
        char c = ref.charAt(i);
        if (c < 'A' || c > 'Z') {
          break;
        }
        index = index * 26 + (c - 'A' + 1);
      }
      return index - 1;
    }
  }
}
