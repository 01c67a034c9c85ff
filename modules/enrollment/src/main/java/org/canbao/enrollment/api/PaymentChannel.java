package org.canbao.enrollment.api;

/** How the contribution was paid (Shetan 2023 §3(2)). */
public enum PaymentChannel {
  WECHAT("微信"),
  ALIPAY("支付宝"),
  UNIONPAY("云闪付"),
  YUKUAIBAN("渝快办"),
  BANK_APP("银行APP"),
  POS("现场刷卡"),
  TAX_BUREAU("税务批量");

  private final String label;

  PaymentChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
