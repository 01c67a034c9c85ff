package org.canbao.kernel.api;

import jakarta.ejb.ApplicationException;

/** The requested record does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
