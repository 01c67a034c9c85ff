/** Supervision use cases: groups, assignment with history, members' areas, visits and issues. */
package org.canbao.supervision.application;
