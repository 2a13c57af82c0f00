package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.util.List;

/** One alert of an escalation: the recipient entries it goes to, and the wait before the alert after it. */
record AlertStep(List<String> entries, Duration next) {
}
