package io.github.attract.ledger;

/**
 * Thrown when a file cannot be read as a ledger at all: it is not a workbook or CSV text, the sheet
 * asked for is missing, or no header row with the required columns (项目名称, 建设地点, 所属行业) is found in
 * its first rows. Bad values in data rows never throw; they are reported as {@link RejectedRow}s.
 */
public final class LedgerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file or sheet
   */
  public LedgerFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the file or sheet
   * @param cause the cause
   */
  public LedgerFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
