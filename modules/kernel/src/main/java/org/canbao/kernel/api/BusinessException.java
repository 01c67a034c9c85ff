package org.canbao.kernel.api;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business was broken. The message is Chinese and meant for the user; {@code field}
 * names the input that caused it, when there is one. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public BusinessException(String message) {
    this(null, message);
  }

  public BusinessException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
