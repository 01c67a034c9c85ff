package org.canbao.kernel.api;

import java.util.Locale;

/**
 * The kinds of evidence file the ledger keeps (receipts, certificates, printouts: scans or photos),
 * recognised by their CONTENT — the first bytes every such file starts with — never by the name or
 * the type the browser claims. A file whose name says one type and whose content is another is
 * refused too, so that what is downloaded later is what its name promises.
 */
public enum EvidenceType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png");

  private final String contentType;
  private final byte[] magic;
  private final String[] extensions;

  EvidenceType(String contentType, byte[] magic, String... extensions) {
    this.contentType = contentType;
    this.magic = magic;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * The type of {@code content} named {@code fileName}; refused with a Chinese message otherwise.
   */
  public static EvidenceType of(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new BusinessException("file", "佐证材料“" + fileName + "”是空文件");
    }
    EvidenceType found = null;
    for (EvidenceType t : values()) {
      if (t.starts(content)) {
        found = t;
      }
    }
    if (found == null) {
      throw new BusinessException(
          "file", "佐证材料“" + fileName + "”的内容不是PDF、JPEG或PNG文件（按文件内容判断，不看扩展名），请上传扫描件或照片");
    }
    String ext = extension(fileName);
    boolean named = false;
    for (EvidenceType t : values()) {
      for (String e : t.extensions) {
        if (e.equals(ext)) {
          named = true;
          if (t != found) {
            throw new BusinessException(
                "file", "佐证材料“" + fileName + "”的扩展名与内容不符：内容是" + found.name() + "文件");
          }
        }
      }
    }
    if (!named) {
      throw new BusinessException("file", "佐证材料“" + fileName + "”的扩展名须为.pdf、.jpg、.jpeg或.png");
    }
    return found;
  }

  private boolean starts(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String extension(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
