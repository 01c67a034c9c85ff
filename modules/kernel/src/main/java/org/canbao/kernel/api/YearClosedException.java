package org.canbao.kernel.api;

/**
 * A write into a closed insurance year (年度锁定) was refused: by a facade's check, or by the
 * database's (its triggers raise SQLSTATE {@link #SQL_STATE} with a message starting {@link
 * #MARK}). REST answers 409 with the message; screens show it.
 */
public class YearClosedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  /** The SQLSTATE the closed-year triggers raise, on PostgreSQL and H2 alike. */
  public static final String SQL_STATE = "CB409";

  /** The start of the triggers' message. */
  public static final String MARK = "年度锁定：";

  public YearClosedException(String message) {
    super("year", message);
  }

  /**
   * The refusal a closed-year trigger raised somewhere in {@code t}'s causes, as this exception
   * with the trigger's message (without the database's decorations: "ERROR: ", the statement, the
   * context); null when there is none.
   */
  public static YearClosedException fromDatabase(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      int at = m == null ? -1 : m.indexOf(MARK);
      if (at >= 0) {
        String text = m.substring(at);
        for (String end : new String[] {"\n", "; SQL statement", "  Where:"}) {
          int i = text.indexOf(end);
          text = i < 0 ? text : text.substring(0, i);
        }
        return new YearClosedException(text.strip());
      }
    }
    return null;
  }
}
