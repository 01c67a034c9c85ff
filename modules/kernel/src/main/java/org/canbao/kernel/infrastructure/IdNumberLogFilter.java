package org.canbao.kernel.infrastructure;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.canbao.kernel.api.IdNumber;

/**
 * Masks ID numbers in log records before a handler writes them: in the message, its parameters and
 * the messages of the attached exception and its causes (a database's own words may quote a row,
 * e.g. a unique-key violation). Installed on the server's log handlers by {@link LogMasking}, so it
 * covers the records of every logger, the server's included. An ID number is any 17 digits and a
 * digit or X standing alone; it keeps the first 6 and last 4 characters, as {@link IdNumber#mask}
 * does on screens for the public.
 */
public class IdNumberLogFilter implements Filter {
  static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

  private final Filter next;

  public IdNumberLogFilter(Filter next) {
    this.next = next;
  }

  /** The filter that was on the handler before; null if none. */
  public Filter next() {
    return next;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (next != null && !next.isLoggable(record)) {
      return false;
    }
    mask(record);
    return true;
  }

  /** Masks the record in place. */
  public static void mask(LogRecord record) {
    if (record.getMessage() != null) {
      record.setMessage(mask(record.getMessage()));
    }
    Object[] params = record.getParameters();
    if (params != null) {
      Object[] masked = params.clone();
      boolean changed = false;
      for (int i = 0; i < masked.length; i++) {
        if (masked[i] != null && !(masked[i] instanceof Number)) {
          String text = String.valueOf(masked[i]);
          String m = mask(text);
          if (!m.equals(text)) {
            masked[i] = m;
            changed = true;
          }
        }
      }
      if (changed) {
        record.setParameters(masked);
      }
    }
    if (record.getThrown() != null && mentionsIdNumber(record.getThrown())) {
      record.setThrown(masked(record.getThrown(), 0));
    }
  }

  /** The text with every ID number in it masked. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ID_NUMBER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(IdNumber.mask(m.group())));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private static boolean mentionsIdNumber(Throwable t) {
    for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t.getMessage() != null && ID_NUMBER.matcher(t.getMessage()).find()) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (mentionsIdNumber(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A stand-in for an exception whose message names an ID number: the same class name (in the
   * message), masked message and stack trace, and its causes likewise.
   */
  private static Throwable masked(Throwable t, int depth) {
    Throwable cause = t.getCause() != null && depth < 20 ? masked(t.getCause(), depth + 1) : null;
    MaskedException m =
        new MaskedException(t.getClass().getName() + ": " + mask(t.getMessage()), cause);
    m.setStackTrace(t.getStackTrace());
    for (Throwable s : t.getSuppressed()) {
      m.addSuppressed(masked(s, depth + 1));
    }
    return m;
  }

  /** An exception as logged, its ID numbers masked. */
  static final class MaskedException extends Exception {
    private static final long serialVersionUID = 1L;

    MaskedException(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
