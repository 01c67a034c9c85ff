package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceTypeTest {
  static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
  };

  @ParameterizedTest
  @CsvSource({"死亡证明.pdf,PDF", "户口迁移证.PNG,PNG", "照片.jpg,JPEG", "照片.jpeg,JPEG"})
  void recognisedByContent(String name, EvidenceType expected) {
    byte[] content =
        switch (expected) {
          case PDF -> PDF;
          case PNG -> PNG;
          case JPEG -> JPEG;
        };
    assertThat(EvidenceType.of(name, content)).isEqualTo(expected);
  }

  @Test
  void aPdfThatIsReallyTextIsRefused() {
    assertThatThrownBy(
            () -> EvidenceType.of("证明.pdf", "这是一段文字，不是PDF".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("内容不是PDF、JPEG或PNG");
  }

  @Test
  void aNameThatLiesAboutTheContentIsRefused() {
    assertThatThrownBy(() -> EvidenceType.of("证明.pdf", PNG)).hasMessageContaining("扩展名与内容不符");
    assertThatThrownBy(() -> EvidenceType.of("证明.exe", PDF)).hasMessageContaining("扩展名须为");
    assertThatThrownBy(() -> EvidenceType.of("空.pdf", new byte[0])).hasMessageContaining("空文件");
    assertThatThrownBy(() -> EvidenceType.of("短.png", new byte[] {(byte) 0x89, 'P'}))
        .hasMessageContaining("内容不是");
  }
}
