package org.canbao.supervision.api;

import java.io.Serializable;

/** An area of a scope and the group covering it (null while uncovered). */
public record AreaView(long areaId, String areaName, Long groupId, String groupName) implements Serializable {}
