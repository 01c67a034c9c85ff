/** Enrollment use cases: the person registry and the name-list import pipeline. */
package org.canbao.enrollment.application;
