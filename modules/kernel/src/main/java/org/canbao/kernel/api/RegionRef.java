package org.canbao.kernel.api;

import java.io.Serializable;

/** A region as another module refers to it: id, code, current name, level and scope path. */
public record RegionRef(
    long id, String code, String name, RegionLevel level, Long parentId, String path)
    implements Serializable {}
