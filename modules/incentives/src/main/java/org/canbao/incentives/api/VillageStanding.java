package org.canbao.incentives.api;

import java.io.Serializable;

/** A village's line ranked among the villages of its township ({@code peers} of them have a target), without the others' figures. */
public record VillageStanding(ProgressLine line, int peers) implements Serializable {}
