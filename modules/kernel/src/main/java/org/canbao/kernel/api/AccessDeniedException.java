package org.canbao.kernel.api;

import jakarta.ejb.ApplicationException;

/**
 * The caller asked for data outside the region they belong to, or for an action their role lacks.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }

  public static AccessDeniedException outsideArea() {
    return new AccessDeniedException("无权访问：该数据不在您所属的行政区域内");
  }
}
