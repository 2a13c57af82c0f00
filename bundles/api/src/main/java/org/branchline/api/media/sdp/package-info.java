/**
 * Session descriptions (RFC 4566 SDP) as the SIP core, the media relay and the media engine read and rewrite
 * them: the origin, the connections (IPv4 and IPv6), the media streams and their payload types and direction.
 * Lines that are not modelled are kept verbatim and in order, so a description passes through unchanged but
 * for what is rewritten.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.api.media.sdp;
