package org.canbao.kernel.api;

/** An evidence file to download: its name, checked content type and bytes. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {}
