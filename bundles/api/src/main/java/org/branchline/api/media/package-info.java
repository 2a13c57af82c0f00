/**
 * The media engine: RTP endpoints that play prompt sequences, record messages, hear digits and mix audio. Only
 * the {@code sip} bundle opens sessions; call applications reach them through
 * {@link org.branchline.api.callcontrol.ApplicationCall}.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.branchline.api.media;
