package org.canbao.reporting.api;

import org.canbao.kernel.api.BusinessException;

/** An account asked more often than the configured checks per minute (HTTP 429 on the API). */
public class StatusCheckLimitExceeded extends BusinessException {
  private static final long serialVersionUID = 1L;

  public StatusCheckLimitExceeded(int perMinute) {
    super("查询过于频繁：每个账号每分钟最多查询" + perMinute + "次，请稍后再试");
  }
}
