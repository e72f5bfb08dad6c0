package org.amity.approval.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times on the approvals pages, written out in UTC as every staff page shows them. */
@Component("approvalTimes")
class ApprovalTimes {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	public String format(Instant instant) {
		return instant == null ? "" : TIME.format(instant) + " UTC";
	}
}
