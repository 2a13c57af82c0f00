#!/usr/bin/env python3
"""A subset of the RFC 4475 SIP torture messages, sent to a SIP server over UDP (and a few over TCP).

    python3 karaf-assembly/e2e/sip_torture.py HOST PORT [--tcp-port PORT] [--only NAME,...] [-v]
    python3 karaf-assembly/e2e/sip_torture.py --boot branchline   # unpacks and starts the distribution first
    python3 karaf-assembly/e2e/sip_torture.py --boot kamailio     # the benchmark's Kamailio, for comparison

As a module: ``run(host, port, tcp_port=None, only=None) -> [(name, ok, detail), ...]``.

The messages are written here from the descriptions in RFC 4475 (each keeps the defect or the oddity its RFC
section is about; hosts, users and tags are our own, and our own Via is on top so that answers come back to
this socket). Request-URIs and Route values name the server itself, never another host, so that no element
forwards anything or resolves a name. For each message:

* a request gets a response, matched by the branch of our top Via:
  - ``valid``: a tricky but well-formed request needs a final response that shows it was parsed, i.e. not
    400 and not a 5xx (501 Not Implemented is fine for an unknown method, and 481 for a request carrying a
    To tag outside any dialog); typical answers are 200, 401/407, 403, 404, 405, 481;
  - ``invalid``: a malformed request needs 400 Bad Request (or the specific code the RFC names: 505 for a
    wrong SIP version, 416 for an unknown URI scheme, 420 for unsupported extensions); where the RFC lets an
    element be liberal, a normal answer is accepted too; silence is accepted only where the start line itself
    cannot be parsed (the element cannot even tell it is a request);
* a response (stray: no transaction of the server's) must get nothing back;
* after every message the server must still answer an OPTIONS (over UDP).

Everything is sent to `host` only (loopback in the tests); no message names another reachable address: the
RFC's broadcast Via (bcast) uses the loopback broadcast 127.255.255.255 instead of 255.255.255.255.
"""

import argparse
import os
import random
import re
import socket
import sys
import time

SDP = ("v=0\n"
       "o=torture 2987933615 2987933615 IN IP4 192.0.2.200\n"
       "s=-\n"
       "c=IN IP4 192.0.2.200\n"
       "t=0 0\n"
       "m=audio 49217 RTP/AVP 0 12\n"
       "m=video 3227 RTP/AVP 31\n"
       "a=rtpmap:31 LPC\n")

VALID, INVALID, LIBERAL, MAYDROP, STRAY, DBL = "valid", "invalid", "liberal", "maydrop", "stray", "dblreq"

# Placeholders: @TR@ transport (UDP/TCP), @VIA@ our host:port, @BR@ branch of our Via, @T@ the server's
# host:port, @CID@ a fresh Call-ID suffix, @CLEN@ the body length, @BODY@ the body. Lines end in \n here and
# are sent with CRLF.


class Case:
    def __init__(self, name, section, kind, text, body=b"", codes=None, over_tcp=False, note=""):
        self.name = name
        self.section = section
        self.kind = kind
        self.text = text
        self.body = body
        self.codes = codes          # the accepted final codes for INVALID/LIBERAL/MAYDROP (None: 400)
        self.over_tcp = over_tcp    # also sent over TCP when a TCP port is given
        self.note = note


CASES = [
    # ------------------------------------------------------------------ 3.1.1 valid messages
    Case("wsinv", "3.1.1.1", VALID,
         "INVITE sip:vivekg@@T@;unknownparam SIP/2.0\n"
         "TO :\n"
         " sip:vivekg@@T@ ;   tag    = 1918181833n\n"
         "from   : \"J Rosenberg \\\\\\\"\"       <sip:jdrosen@example.com>\n"
         "  ;\n"
         "  tag = 98asjd8\n"
         "MaX-fOrWaRdS: 0068\n"
         "Call-ID: wsinv.@CID@\n"
         "Content-Length   : @CLEN@\n"
         "cseq: 0009\n"
         "  INVITE\n"
         "Via  : SIP  /   2.0\n"
         " /@TR@\n"
         "    @VIA@;branch=@BR@;rport\n"
         "s :\n"
         "NewFangledHeader:   newfangled value\n"
         " continued newfangled value\n"
         "UnknownHeaderWithUnusualValue: ;;,,;;,;\n"
         "Content-Type: application/sdp\n"
         "Route:\n"
         " <sip:@T@;lr;unknownwith=value;unknown-no-value>\n"
         "v:  SIP  / 2.0  / TCP     spindle.example.com   ;\n"
         "  branch  =   z9hG4bK9ikj8  ,\n"
         " SIP  /    2.0   / UDP  192.168.255.111   ; branch=\n"
         " z9hG4bK30239\n"
         "m:\"Quoted string \\\"\\\"\" <sip:jdrosen@example.com> ; newparam =\n"
         "      newvalue ;\n"
         "  secondparam ; q = 0.33\n"
         "\n@BODY@", SDP.encode(), over_tcp=True,
         note="folding, odd whitespace and case, compact forms, unknown headers; its To tag makes it a "
              "mid-dialog INVITE for no dialog (481 expected from a UA)"),
    Case("intmeth", "3.1.1.2", VALID,
         "!interesting-Method0123456789_*+`.%indeed'~ sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:"
         "&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@@T@ SIP/2.0\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@.!%66*_+`'~;rport\n"
         "To: \"BEL:\\\x07 NUL:\\\x00 DEL:\\\x7f\" <sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com>\n"
         "From: token1~` token2'+_ token3*%!.- <sip:mundane@example.com>;fromParam''~+*_!.-%="
         "\"\xd1\x80\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd0\xb0\xd1\x8e\xd1\x89\xd0\xb8\xd0\xb9\";tag=_token~1'+`*%!-.\n"
         "Call-ID: intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{@CID@\n"
         "CSeq: 139122385 !interesting-Method0123456789_*+`.%indeed'~\n"
         "Max-Forwards: 255\n"
         "extensionHeader-!.%*+_`'~:\xef\xbb\xbf\xe5\xa4\xa7\xe5\x81\x9c\xe9\x9b\xbb\n"
         "Content-Length: 0\n\n", codes=(501, 405), over_tcp=True,
         note="unknown method made of every token character, odd URI characters, quoted-pair controls, UTF-8"),
    Case("esc01", "3.1.1.3", VALID,
         "INVITE sip:sips%3Auser%40example.com@@T@ SIP/2.0\n"
         "To: sip:%75se%72@example.com\n"
         "From: <sip:I%20have%20spaces@example.net>;tag=938\n"
         "Max-Forwards: 87\n"
         "i: esc01.@CID@\n"
         "CSeq: 234234 INVITE\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "C: application/sdp\n"
         "Contact:\n"
         "  <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), note="escaped characters in the Request-URI user part, To, From, Contact"),
    Case("escnull", "3.1.1.4", VALID,
         "REGISTER sip:@T@ SIP/2.0\n"
         "To: sip:null-%00-null@@T@\n"
         "From: sip:null-%00-null@@T@;tag=839923423\n"
         "Max-Forwards: 70\n"
         "Call-ID: escnull.@CID@\n"
         "CSeq: 14398234 REGISTER\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "Contact: <sip:%00@host5.example.com>\n"
         "Contact: <sip:%00%00@host5.example.com>\n"
         "L:0\n\n", note="escaped NULs in the AOR and the contacts (a registrar may refuse, not crash)"),
    Case("esc02", "3.1.1.5", VALID,
         "RE%47IST%45R sip:@T@ SIP/2.0\n"
         "To: \"%Z%45\" <sip:resource@example.com>\n"
         "From: \"%Z%45\" <sip:resource@example.com>;tag=f232jadfj23\n"
         "Call-ID: esc02.@CID@\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "CSeq: 29344 RE%47IST%45R\n"
         "Max-Forwards: 70\n"
         "Contact: <sip:alias1@host1.example.com>\n"
         "C%6Fntact: <sip:alias2@host2.example.com>\n"
         "Contact: <sip:alias3@host3.example.com>\n"
         "l: 0\n\n", codes=(501, 405),
         note="% is a token character: RE%47IST%45R is an unknown method, not REGISTER"),
    Case("lwsdisp", "3.1.1.6", VALID,
         "OPTIONS sip:user@@T@ SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: caller<sip:caller@example.com>;tag=323\n"
         "Max-Forwards: 70\n"
         "Call-ID: lwsdisp.@CID@\n"
         "CSeq: 60 OPTIONS\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "l: 0\n\n", over_tcp=True, note="no space between display name and <"),
    Case("longreq", "3.1.1.7", VALID, None, SDP.encode(), over_tcp=True,
         note="very long display names, parameters, tags, Call-ID and header values, many Via and "
              "Record-Route values"),
    Case("dblreq", "3.1.1.8", DBL,
         "REGISTER sip:@T@ SIP/2.0\n"
         "To: sip:j.user@@T@\n"
         "From: sip:j.user@@T@;tag=43251j3j324\n"
         "Max-Forwards: 8\n"
         "I: dblreq.@CID@\n"
         "Contact: sip:j.user@host.example.com\n"
         "CSeq: 8 REGISTER\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Length: 0\n"
         "\n"
         "INVITE sip:joe@@T@ SIP/2.0\n"
         "t: sip:joe@@T@\n"
         "From: sip:caller@example.net;tag=141334\n"
         "Max-Forwards: 8\n"
         "Call-ID: dblreq.second.@CID@\n"
         "CSeq: 8 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@-2nd;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(),
         note="a REGISTER with Content-Length 0 followed by an INVITE in the same datagram: only the "
              "REGISTER may be answered"),
    Case("semiuri", "3.1.1.9", VALID,
         "OPTIONS sip:user;par=u%40example.net@@T@ SIP/2.0\n"
         "To: sip:j_user@@T@\n"
         "From: sip:caller@example.org;tag=33242\n"
         "Max-Forwards: 3\n"
         "Call-ID: semiuri.@CID@\n"
         "CSeq: 8 OPTIONS\n"
         "Accept: application/sdp, application/pkcs7-mime,\n"
         "        multipart/mixed, multipart/signed,\n"
         "        message/sip, message/sipfrag\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "l: 0\n\n", note="a semicolon in the Request-URI user part is part of the user"),
    Case("transports", "3.1.1.10", VALID,
         "OPTIONS sip:user@@T@ SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: <sip:caller@example.com>;tag=323\n"
         "Max-Forwards: 70\n"
         "Call-ID:  transports.@CID@\n"
         "Accept: application/sdp\n"
         "CSeq: 60 OPTIONS\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "Via: SIP/2.0/SCTP t2.example.com;branch=z9hG4bKklasjdhf\n"
         "Via: SIP/2.0/TLS t3.example.com;branch=z9hG4bK2980unddj\n"
         "Via: SIP/2.0/UNKNOWN t4.example.com;branch=z9hG4bKasd0f3en\n"
         "Via: SIP/2.0/TCP t5.example.com;branch=z9hG4bK0a9idfnee\n"
         "l: 0\n\n", note="Via values with varied and unknown transports below ours"),
    Case("mpart01", "3.1.1.11", VALID,
         "MESSAGE sip:kumiko@@T@ SIP/2.0\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "Max-Forwards: 70\n"
         "To: <sip:kumiko@@T@>\n"
         "From: <sip:edward@example.com>;tag=49583\n"
         "Call-ID: mpart01.@CID@\n"
         "CSeq: 1 MESSAGE\n"
         "Contact: <sip:edward@192.0.2.33>\n"
         "Content-Type: multipart/mixed;boundary=zz-7a9cbec02ceef655\n"
         "MIME-Version: 1.0\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", None, note="multipart/mixed body with a binary part (every octet value)"),
    Case("unreason", "3.1.1.12", STRAY,
         "SIP/2.0 200 = 2**3 * 5**2 \xce\xb1\xce\xbb\xce\xbb\xce\xac \xe7\x99\xbe\xe4\xb9\x9d\xe5\x8d\x81"
         "\xe4\xb9\x9d\xe3\x81\xaf\xe7\xb4\xa0\xe6\x95\xb0\n"
         "Via: SIP/2.0/UDP 192.0.2.198;branch=z9hG4bK-unreason-@CID@\n"
         "Call-ID: unreason.@CID@\n"
         "CSeq: 35 INVITE\n"
         "From: sip:user@example.com;tag=11141343\n"
         "To: sip:user@example.edu;tag=2229\n"
         "Content-Length: @CLEN@\n"
         "Content-Type: application/sdp\n"
         "Contact: <sip:user@host198.example.com>\n"
         "\n@BODY@", SDP.encode(), note="a response with a reason phrase in UTF-8 and digits (stray: no answer)"),
    Case("noreason", "3.1.1.13", STRAY,
         "SIP/2.0 100 \n"
         "Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK-noreason-@CID@\n"
         "Call-ID: noreason.@CID@\n"
         "From: <sip:user@example.com>;tag=38923\n"
         "To: <sip:user@example.net>\n"
         "CSeq: 5 INVITE\n"
         "Content-Length: 0\n\n", note="a response with an empty reason phrase (stray: no answer)"),
    # ------------------------------------------------------------------ 3.1.2 invalid messages
    Case("badinv01", "3.1.2.1", INVALID,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "To: sip:j.user@@T@\n"
         "From: sip:caller@example.net;tag=134161461246\n"
         "Max-Forwards: 7\n"
         "Call-ID: badinv01.@CID@\n"
         "CSeq: 8 INVITE\n"
         "Via: SIP/2.0/UDP 192.0.2.15;;,;,,\n"
         "Contact: \"Joe\" <sip:joe@example.org>;;;;\n"
         "Content-Length: @CLEN@\n"
         "Content-Type: application/sdp\n"
         "\n@BODY@", SDP.encode(), note="empty parameters and values in Via and Contact"),
    Case("clerr", "3.1.2.2", INVALID,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "Max-Forwards: 80\n"
         "To: sip:j.user@@T@\n"
         "From: sip:caller@example.net;tag=93942939o2\n"
         "Contact: <sip:caller@hungry.example.net>\n"
         "Call-ID: clerr.@CID@\n"
         "CSeq: 8 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: 9999\n"
         "\n@BODY@", SDP.encode(), note="Content-Length larger than the datagram"),
    Case("ncl", "3.1.2.3", INVALID,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "Max-Forwards: 254\n"
         "To: sip:j.user@@T@\n"
         "From: sip:caller@example.net;tag=32394234\n"
         "Call-ID: ncl.@CID@\n"
         "CSeq: 8 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: -999\n"
         "\n@BODY@", SDP.encode(), note="negative Content-Length"),
    Case("scalar02", "3.1.2.4", INVALID,
         "REGISTER sip:@T@ SIP/2.0\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "To: <sip:user@@T@>\n"
         "From: <sip:user@@T@>;tag=239232jh3\n"
         "CSeq: 36893488147419103232 REGISTER\n"
         "Call-ID: scalar02.@CID@\n"
         "Max-Forwards: 300\n"
         "Expires: 1" + "0" * 100 + "\n"
         "Contact: <sip:user@host129.example.com>\n"
         "  ;expires=280297596632815\n"
         "Content-Length: 0\n\n", note="CSeq, Max-Forwards, Expires and expires= beyond their ranges"),
    Case("quotbal", "3.1.2.6", INVALID,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "To: \"Mr. J. User <sip:j.user@@T@>\n"
         "From: sip:caller@example.net;tag=93334\n"
         "Max-Forwards: 10\n"
         "Call-ID: quotbal.@CID@\n"
         "Contact: <sip:caller@host59.example.net>\n"
         "CSeq: 8 INVITE\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), over_tcp=True, note="unterminated quoted display name in To"),
    Case("ltgtruri", "3.1.2.7", MAYDROP,
         "INVITE <sip:user@@T@> SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: sip:caller@example.net;tag=39291\n"
         "Max-Forwards: 23\n"
         "Call-ID: ltgtruri.@CID@\n"
         "CSeq: 1 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), note="Request-URI enclosed in <> (start line unparseable: may be dropped)"),
    Case("lwsruri", "3.1.2.8", MAYDROP,
         "INVITE sip:user@@T@; lr SIP/2.0\n"
         "To: sip:user@@T@;tag=3xfe-9921883-z9f\n"
         "From: sip:caller@example.net;tag=231413434\n"
         "Max-Forwards: 5\n"
         "Call-ID: lwsruri.@CID@\n"
         "CSeq: 2130706432 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), note="whitespace inside the Request-URI (start line unparseable: may be "
                                        "dropped)"),
    Case("lwsstart", "3.1.2.9", MAYDROP,
         "INVITE  sip:user@@T@  SIP/2.0\n"
         "Max-Forwards: 8\n"
         "To: sip:user@@T@\n"
         "From: sip:caller@example.net;tag=8814\n"
         "Call-ID: lwsstart.@CID@\n"
         "CSeq: 1893884 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), codes="liberal",
         note="two SPs between the start-line elements (400, a liberal answer, or dropped)"),
    Case("trws", "3.1.2.10", MAYDROP,
         "OPTIONS sip:remote-target@@T@ SIP/2.0  \n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Max-Forwards: 70\n"
         "From: <sip:remote-target@@T@>;tag=asdfq3e\n"
         "To: <sip:remote-target@@T@>\n"
         "Call-ID: trws.@CID@\n"
         "CSeq: 3882340 OPTIONS\n"
         "l: 0\n\n", codes="liberal", note="SPs after the SIP version (400, a liberal answer, or dropped)"),
    Case("escruri", "3.1.2.11", LIBERAL,
         "INVITE sip:user@@T@?Route=%3Csip:example.com%3E SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: sip:caller@example.net;tag=341518\n"
         "Max-Forwards: 7\n"
         "Contact: <sip:caller@host39923.example.net>\n"
         "Call-ID: escruri.@CID@\n"
         "CSeq: 39234321 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), note="escaped headers in the Request-URI (400, or processed ignoring them)"),
    Case("baddate", "3.1.2.12", LIBERAL,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: sip:caller@example.net;tag=2234923\n"
         "Max-Forwards: 70\n"
         "Call-ID: baddate.@CID@\n"
         "CSeq: 1 INVITE\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Date: Fri, 01 Jan 2010 16:00:00 EST\n"
         "Contact: <sip:caller@host5.example.net>\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), note="a Date not in GMT (400, or processed ignoring the Date)"),
    Case("regbadct", "3.1.2.13", INVALID,
         "REGISTER sip:@T@ SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: sip:user@@T@;tag=998332\n"
         "Max-Forwards: 70\n"
         "Call-ID: regbadct.@CID@\n"
         "CSeq: 1 REGISTER\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Contact: sip:user@host.example.com?Route=%3Csip:sip.example.com%3E\n"
         "l: 0\n\n", codes=(400, 401, 407, 403),
         note="a Contact URI with headers not enclosed in <> (400; a registrar that challenges or refuses "
              "first registers nothing either)"),
    Case("badaspec", "3.1.2.14", LIBERAL,
         "OPTIONS sip:user@@T@ SIP/2.0\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Max-Forwards: 70\n"
         "From: \"Bell, Alexander\" <sip:a.g.bell@example.com>;tag=433423\n"
         "To: \"Watson, Thomas\" < sip:t.watson@@T@ >\n"
         "Call-ID: badaspec.@CID@\n"
         "Accept: application/sdp\n"
         "CSeq: 3923239 OPTIONS\n"
         "l: 0\n\n", note="spaces inside <> around the addr-spec (400, or liberal)"),
    Case("baddn", "3.1.2.15", LIBERAL,
         "OPTIONS sip:t.watson@@T@ SIP/2.0\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Max-Forwards: 70\n"
         "From: Bell, Alexander <sip:a.g.bell@example.com>;tag=43\n"
         "To: Watson, Thomas <sip:t.watson@@T@>\n"
         "Call-ID: baddn.@CID@\n"
         "Accept: application/sdp\n"
         "CSeq: 3923239 OPTIONS\n"
         "l: 0\n\n", note="a comma in an unquoted display name (400, or liberal)"),
    Case("badvers", "3.1.2.16", INVALID,
         "OPTIONS sip:t.watson@@T@ SIP/7.0\n"
         "Via: SIP/7.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "Max-Forwards: 70\n"
         "From: A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe\n"
         "To: T. Watson <sip:t.watson@@T@>\n"
         "Call-ID: badvers.@CID@\n"
         "CSeq: 1 OPTIONS\n"
         "l: 0\n\n", codes=(505, 400), over_tcp=True, note="SIP/7.0: 505 Version Not Supported"),
    Case("mismatch01", "3.1.2.17", INVALID,
         "OPTIONS sip:user@@T@ SIP/2.0\n"
         "To: sip:j.user@@T@\n"
         "From: sip:caller@example.net;tag=34525\n"
         "Max-Forwards: 6\n"
         "Call-ID: mismatch01.@CID@\n"
         "CSeq: 8 INVITE\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "l: 0\n\n", over_tcp=True, note="OPTIONS with CSeq method INVITE"),
    Case("mismatch02", "3.1.2.18", INVALID,
         "NEWMETHOD sip:user@@T@ SIP/2.0\n"
         "To: sip:j.user@@T@\n"
         "From: sip:caller@example.net;tag=34525\n"
         "Max-Forwards: 6\n"
         "Call-ID: mismatch02.@CID@\n"
         "CSeq: 8 INVITE\n"
         "Contact: <sip:caller@host.example.net>\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "l: @CLEN@\n"
         "\n@BODY@", SDP.encode(), codes=(400, 501), note="unknown method with CSeq method INVITE"),
    Case("bigcode", "3.1.2.19", STRAY,
         "SIP/2.0 4294967301 better not break the receiver\n"
         "Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK-bigcode-@CID@\n"
         "Call-ID: bigcode.@CID@\n"
         "From: <sip:user@example.com>;tag=39ansfi3\n"
         "To: <sip:user@example.edu>;tag=902jndnke3\n"
         "Content-Length: 0\n"
         "CSeq: 8 INVITE\n\n", note="a response with a status code beyond 699 (stray: no answer)"),
    # ------------------------------------------------------------------ 3.1.2 / 3.3 / 3.4 others
    Case("insuf", "3.1.2.? (insuf)", INVALID,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "CSeq: 193942 INVITE\n"
         "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n"
         "Content-Type: application/sdp\n"
         "l: @CLEN@\n"
         "\n@BODY@", SDP.encode(), over_tcp=True, note="no Call-ID, From, To or Max-Forwards"),
    Case("unkscm", "3.1.2.? (unkscm)", INVALID,
         "OPTIONS nobodyKnowsThisScheme:totallyopaquecontent SIP/2.0\n"
         "To: sip:user@@T@\n"
         "From: sip:caller@example.net;tag=384\n"
         "Max-Forwards: 3\n"
         "Call-ID: unkscm.@CID@\n"
         "CSeq: 3923423 OPTIONS\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Length: 0\n\n", codes=(416, 400), note="unknown Request-URI scheme: 416"),
    Case("multi01", "3.3.? (multi01)", INVALID,
         "INVITE sip:user@@T@ SIP/2.0\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Max-Forwards: 70\n"
         "Route: <sip:@T@;lr>\n"
         "To: sip:user@@T@\n"
         "Call-ID: multi01.@CID@\n"
         "From: sip:caller@example.com;tag=3413415\n"
         "To: sip:user@example.com\n"
         "To: sip:other@example.net\n"
         "From: sip:caller@example.net;tag=2923420123\n"
         "Content-Type: application/sdp\n"
         "l: @CLEN@\n"
         "Contact: <sip:caller@host5.example.com>\n"
         "Max-Forwards: 5\n"
         "CSeq: 23 INVITE\n"
         "Call-ID: multi01.second.@CID@\n"
         "\n@BODY@", SDP.encode(), note="several To, From, Call-ID and Max-Forwards values"),
    Case("bcast", "3.3.? (bcast)", STRAY,
         "SIP/2.0 200 OK\n"
         "Via: SIP/2.0/UDP @T@;branch=z9hG4bK-bcast-@CID@\n"
         "Via: SIP/2.0/UDP 127.255.255.255;branch=z9hG4bK-bcast2-@CID@\n"
         "From: <sip:user@example.com>;tag=9jsd9f0\n"
         "To: <sip:user@example.net>;tag=4u8jsd\n"
         "Call-ID: bcast.@CID@\n"
         "CSeq: 1 INVITE\n"
         "Contact: <sip:user@192.0.2.5>\n"
         "Content-Length: 0\n\n",
         note="a response whose next Via is a broadcast address (loopback broadcast here): must not be "
              "forwarded there"),
    Case("bext01", "3.3.? (bext01)", INVALID,
         "OPTIONS sip:@T@ SIP/2.0\n"
         "To: sip:@T@\n"
         "From: sip:caller@example.net;tag=242etr\n"
         "Max-Forwards: 6\n"
         "Call-ID: bext01.@CID@\n"
         "Require: nothingSupportsThis, nothingSupportsThisEither\n"
         "Proxy-Require: noProxiesSupportThis, norDoAnyProxiesSupportThis\n"
         "CSeq: 8 OPTIONS\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "Content-Length: 0\n\n", codes=(420,), note="unknown Require/Proxy-Require option tags: 420"),
    Case("zeromf", "3.3.? (zeromf)", LIBERAL,
         "OPTIONS sip:@T@ SIP/2.0\n"
         "Call-ID: zeromf.@CID@\n"
         "CSeq: 39234321 OPTIONS\n"
         "Via: SIP/2.0/UDP @VIA@;branch=@BR@;rport\n"
         "To: <sip:@T@>\n"
         "From: <sip:caller@example.net>;tag=3ghsd41\n"
         "Max-Forwards: 0\n"
         "Content-Length: 0\n\n", codes=(483,),
         note="Max-Forwards 0 to the server itself (483 from a proxy, or answered as a UAS)"),
    Case("inv2543", "3.4.? (inv2543)", VALID,
         "INVITE sip:UserB@@T@ SIP/2.0\n"
         "Via: SIP/2.0/UDP @VIA@\n"
         "From: <sip:UserA@example.com>\n"
         "To: <sip:UserB@@T@>\n"
         "Call-ID: inv2543.@CID@\n"
         "CSeq: 1 INVITE\n"
         "Contact: <sip:UserA@192.0.2.5>\n"
         "Content-Type: application/sdp\n"
         "Content-Length: @CLEN@\n"
         "\n@BODY@", SDP.encode(), note="an RFC 2543 INVITE: no branch, no From tag, no Max-Forwards"),
]


def _longreq_text():
    ext = "extreme" * 30
    tag_long = "1928301774" + "01234567" * 30
    vias = "".join("Via: SIP/2.0/TCP sip%d.example.com:5060;branch=z9hG4bK-longvia-%d%s\n"
                   % (n, n, "x" * 40) for n in range(33, 0, -1))
    rr = ", ".join("<sip:sip%d.example.com;lr>" % n for n in range(40))
    return ("INVITE sip:user@@T@ SIP/2.0\n"
            "To: \"I have a user name of " + ext + " proportion\"<sip:user@@T@;unknownparam1=very" +
            "long" * 40 + "value;longparam" + "name" * 25 + "=shortvalue;very" + "long" * 25 +
            "ParameterNameWithNoValue>\n"
            "F: sip:" + "amazinglylongcallername" * 8 + "@example.net;tag=12" + "982" * 50 +
            "424;unknownheaderparam" + "name" * 20 + "=unknowheaderparam" + "value" * 15 +
            ";unknownValueless" + "paramname" * 10 + "\n"
            "Call-ID: longreq.one" + "really" * 40 + "longcallid.@CID@\n"
            "CSeq: 3882340 INVITE\n"
            "Unknown-" + "Long" * 20 + "-Name: unknown-" + "long" * 20 + "-value; unknown-" + "long" * 20 +
            "-parameter-name = unknown-" + "long" * 20 + "-parameter-value\n"
            "Via: SIP/2.0/@TR@ @VIA@;branch=@BR@;rport\n" + vias +
            "Record-Route: " + rr + "\n"
            "Max-Forwards: 70\n"
            "Contact: <sip:amazinglylongcallername" + "x" * 100 + "@host5.example.net>\n"
            "Content-Type: application/sdp\n"
            "l: @CLEN@\n"
            "\n@BODY@")


def _mpart_body():
    binary = bytes(range(256)) * 2
    return (b"--zz-7a9cbec02ceef655\r\n"
            b"Content-Type: text/plain\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n"
            b"\r\n"
            b"Hello, this is the first part.\r\n"
            b"--zz-7a9cbec02ceef655\r\n"
            b"Content-Type: application/octet-stream\r\n"
            b"Content-Transfer-Encoding: binary\r\n"
            b"\r\n" + binary + b"\r\n"
            b"--zz-7a9cbec02ceef655--\r\n")


for _c in CASES:
    if _c.name == "longreq":
        _c.text = _longreq_text()
    if _c.name == "mpart01":
        _c.body = _mpart_body()

CASE_BY_NAME = {c.name: c for c in CASES}


# ---------------------------------------------------------------------------------------------- building

def build(case, transport, via, target, branch, cid):
    """The case's bytes: placeholders filled in, LF turned into CRLF in the head, the body appended."""
    text = case.text
    body = case.body or b""
    head, sep, _ = text.partition("@BODY@")
    head = (head.replace("@TR@", transport).replace("@VIA@", via).replace("@BR@", branch)
            .replace("@T@", target).replace("@CID@", cid).replace("@CLEN@", str(len(body))))
    data = head.replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")
    if sep:
        data += body
    return data


# ---------------------------------------------------------------------------------------------- parsing

_STATUS = re.compile(rb"^SIP/2\.0 (\d{3}) ")


def parse_responses(data):
    """Splits a buffer holding SIP messages (a datagram, or TCP bytes) into (code, headers-text) pairs
    for the responses; requests from the server (unexpected) are returned with code None."""
    out = []
    rest = data
    while rest:
        rest = rest.lstrip(b"\r\n")
        if not rest:
            break
        end = rest.find(b"\r\n\r\n")
        if end < 0:
            head, body_len, consumed = rest, 0, len(rest)
        else:
            head = rest[:end]
            m = re.search(rb"(?im)^(?:content-length|l)[ \t]*:[ \t]*(\d+)", head)
            body_len = int(m.group(1)) if m else 0
            consumed = end + 4 + body_len
        m = _STATUS.match(head)
        out.append((int(m.group(1)) if m else None, head.decode("utf-8", "replace")))
        rest = rest[consumed:]
    return out


def header(head, *names):
    for line in head.split("\r\n")[1:]:
        k, _, v = line.partition(":")
        if k.strip().lower() in names:
            return v.strip()
    return None


def top_branch(head):
    via = header(head, "via", "v")
    if not via:
        return None
    m = re.search(r"branch\s*=\s*([^;,\s]+)", via)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------------------------- client

class UdpClient:
    def __init__(self, host, port):
        self.target = (host, port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((local_address_for(host), 0))
        self.via = "%s:%d" % self.sock.getsockname()

    def send(self, data):
        self.sock.sendto(data, self.target)

    def collect(self, branches, wait_final, linger, call_id=None):
        """Responses whose top-Via branch is in `branches` (others are ignored; an answer without a branch,
        to an RFC 2543 request, is matched by `call_id`), until a final response to the first branch plus
        `linger` seconds, or `wait_final` seconds."""
        got = []
        deadline = time.time() + wait_final
        final_at = None
        while True:
            now = time.time()
            limit = min(deadline, final_at + linger) if final_at else deadline
            if now >= limit:
                return got
            self.sock.settimeout(limit - now)
            try:
                data, _ = self.sock.recvfrom(65535)
            except socket.timeout:
                return got
            for code, head in parse_responses(data):
                b = match_branch(head, branches, call_id)
                if b in branches:
                    got.append((b, code, head))
                    if code is not None and code >= 200 and b == branches[0] and final_at is None:
                        final_at = time.time()

    def close(self):
        self.sock.close()


class TcpClient:
    def __init__(self, host, port, timeout=3.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.via = "%s:%d" % self.sock.getsockname()
        self.buf = b""

    def send(self, data):
        self.sock.sendall(data)

    def collect(self, branches, wait_final, linger, call_id=None):
        got = []
        deadline = time.time() + wait_final
        final_at = None
        while True:
            now = time.time()
            limit = min(deadline, final_at + linger) if final_at else deadline
            if now >= limit:
                return got
            self.sock.settimeout(limit - now)
            try:
                chunk = self.sock.recv(65535)
            except socket.timeout:
                return got
            except OSError:
                return got
            if not chunk:
                return got  # closed by the server
            self.buf += chunk
            # only whole messages
            while True:
                buf = self.buf.lstrip(b"\r\n")
                end = buf.find(b"\r\n\r\n")
                if end < 0:
                    self.buf = buf
                    break
                m = re.search(rb"(?im)^(?:content-length|l)[ \t]*:[ \t]*(\d+)", buf[:end])
                total = end + 4 + (int(m.group(1)) if m else 0)
                if len(buf) < total:
                    self.buf = buf
                    break
                for code, head in parse_responses(buf[:total]):
                    b = match_branch(head, branches, call_id)
                    if b in branches:
                        got.append((b, code, head))
                        if code is not None and code >= 200 and b == branches[0] and final_at is None:
                            final_at = time.time()
                self.buf = buf[total:]

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def match_branch(head, branches, call_id):
    """The branch of `branches` an answer belongs to: its top Via branch, or ours with the case's own suffix
    (intmeth appends unusual token characters to it), or, without a branch, by Call-ID."""
    b = top_branch(head)
    if b is None:
        if call_id is not None and (header(head, "call-id", "i") or "") == call_id:
            return branches[0]
        return None
    if b in branches:
        return b
    for br in branches:
        if b.startswith(br + "."):
            return br
    return b


def local_address_for(host):
    return "127.0.0.1" if host.startswith("127.") or host == "localhost" else "0.0.0.0"


def ack_for(request_line_uri, head, transport, via, branch):
    """An ACK for a non-2xx final answer to our INVITE (same branch, To with the answer's tag)."""
    frm = header(head, "from", "f")
    to = header(head, "to", "t")
    cid = header(head, "call-id", "i")
    cseq = header(head, "cseq")
    if not (frm and to and cid and cseq):
        return None
    n = cseq.split()[0]
    return ("ACK %s SIP/2.0\r\nVia: SIP/2.0/%s %s;branch=%s;rport\r\nMax-Forwards: 70\r\nFrom: %s\r\nTo: %s\r\n"
            "Call-ID: %s\r\nCSeq: %s ACK\r\nContent-Length: 0\r\n\r\n"
            % (request_line_uri, transport, via, branch, frm, to, cid, n)).encode("utf-8", "replace")


def options_alive(host, port, timeout=2.0, tries=2):
    """True (and the code) when the server answers an OPTIONS to itself over UDP."""
    for _ in range(tries):
        c = UdpClient(host, port)
        try:
            branch = "z9hG4bK-alive-%08x" % random.getrandbits(32)
            msg = ("OPTIONS sip:%s:%d SIP/2.0\r\nVia: SIP/2.0/UDP %s;branch=%s;rport\r\nMax-Forwards: 70\r\n"
                   "From: <sip:torture@%s>;tag=al%d\r\nTo: <sip:%s:%d>\r\nCall-ID: alive-%s\r\n"
                   "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
                   % (host, port, c.via, branch, c.via.split(":")[0], random.getrandbits(20), host, port, branch))
            c.send(msg.encode())
            got = c.collect([branch], timeout, 0.0)
            finals = [code for _, code, _ in got if code is not None and code >= 200]
            if finals:
                return True, finals[0]
            if got:
                return True, got[0][1]
        finally:
            c.close()
    return False, None


# ---------------------------------------------------------------------------------------------- judging

def judge(case, got, branch):
    """(ok, what) from the responses to the case's first request."""
    mine = [(code, head) for b, code, head in got if b == branch]
    codes = [code for code, _ in mine]
    finals = [c for c in codes if c is not None and c >= 200]
    final = finals[0] if finals else None
    seen = "answers %s" % (codes if codes else "none")
    if case.kind == STRAY:
        if got:
            return False, "a stray response was answered: %s" % seen
        return True, "no answer (as it should)"
    if case.kind == DBL:
        second = [(c, h) for b, c, h in got if b == branch + "-2nd"]
        if final is None:
            return False, "no final answer to the REGISTER; %s" % seen
        if second:
            return False, "the INVITE after the REGISTER's Content-Length was answered too: %s" % (
                [c for c, _ in second])
        if final == 400 or 500 <= final < 600:
            return False, "REGISTER answered %d" % final
        return True, "REGISTER answered %d, the trailing INVITE ignored" % final
    if case.kind == VALID:
        if final is None:
            return False, "no final answer; %s" % seen
        extra = tuple(case.codes or ())
        if final == 400:
            return False, "400 to a valid message (misparsed); %s" % seen
        if 500 <= final < 600 and final not in extra:
            return False, "server error %d to a valid message; %s" % (final, seen)
        return True, "final %d" % final
    accepted = (400,) if case.codes is None or case.codes == "liberal" else tuple(case.codes)
    if case.kind == INVALID:
        if final is None:
            return False, "no final answer (expected %s); %s" % ("/".join(map(str, accepted)), seen)
        if final in accepted:
            return True, "final %d" % final
        return False, "final %d, expected %s; %s" % (final, "/".join(map(str, accepted)), seen)
    liberal_ok = final is not None and final != 400 and not (500 <= final < 600) and (
        case.kind == LIBERAL or case.codes == "liberal")
    if case.kind == LIBERAL:
        if final is None:
            return False, "no final answer (expected 400 or a normal answer); %s" % seen
        if final in accepted or final == 400 or liberal_ok:
            return True, "final %d%s" % (final, "" if final in accepted or final == 400 else " (liberal)")
        return False, "final %d; %s" % (final, seen)
    # MAYDROP
    if final is None:
        return True, "dropped (allowed: start line unparseable)" if not codes else "only %s (allowed)" % seen
    if final == 400 or liberal_ok:
        return True, "final %d%s" % (final, " (liberal)" if final != 400 else "")
    return False, "final %d, expected 400 or silence; %s" % (final, seen)


def request_uri_of(data):
    first = data.split(b"\r\n", 1)[0].decode("latin-1")
    parts = first.split()
    return parts[1] if len(parts) >= 3 else None


def run_case(case, host, port, transport="UDP", verbose=False):
    target = "%s:%d" % (host, port)
    cid = "%08x" % random.getrandbits(32)
    branch = "z9hG4bK-t4475-%s-%s" % (case.name, cid)
    try:
        client = UdpClient(host, port) if transport == "UDP" else TcpClient(host, port)
    except OSError as e:
        return False, "cannot connect over %s: %s" % (transport, e)
    try:
        data = build(case, transport, client.via, target, branch, cid)
        if verbose:
            print("---- %s over %s (%d bytes)\n%s" % (case.name, transport, len(data),
                                                      data[:1500].decode("latin-1")), file=sys.stderr)
        client.send(data)
        branches = [branch, branch + "-2nd"]
        wait = 1.5 if case.kind in (STRAY, MAYDROP) else 4.0
        m = re.search(rb"(?im)^(?:call-id|i)[ \t]*:[ \t]*(\S+)", data)
        call_id = m.group(1).decode("latin-1") if m else None
        got = client.collect(branches, wait, 0.5 if case.kind == DBL else 0.2, call_id)
        if verbose:
            for b, code, head in got:
                print("   <- %s %s" % (code, head.split("\r\n", 1)[0]), file=sys.stderr)
        ok, what = judge(case, got, branch)
        # be a polite UAC: ACK a non-2xx final answer to an INVITE so the server stops retransmitting it
        ruri = request_uri_of(data)
        for b, code, head in got:
            cseq = header(head, "cseq") or ""
            if code is not None and code >= 300 and cseq.upper().endswith("INVITE") and ruri:
                ack = ack_for(ruri, head, transport, client.via, b)
                if ack:
                    try:
                        client.send(ack)
                    except OSError:
                        pass
                break
        return ok, what
    finally:
        client.close()


def run(host, port, tcp_port=None, only=None, verbose=False):
    """Sends the cases to host:port over UDP (and the TCP subset to tcp_port, when given). Returns a list of
    (name, ok, detail); name carries a '/tcp' suffix for the TCP runs. After each message the server must
    still answer an OPTIONS over UDP."""
    results = []
    alive, code = options_alive(host, port)
    if not alive:
        return [("precheck", False, "%s:%d does not answer OPTIONS over UDP before the first message"
                 % (host, port))]
    plan = [(c, "UDP", port) for c in CASES]
    if tcp_port:
        plan += [(c, "TCP", tcp_port) for c in CASES if c.over_tcp]
    for case, transport, p in plan:
        if only and case.name not in only:
            continue
        name = case.name if transport == "UDP" else case.name + "/tcp"
        try:
            ok, what = run_case(case, host, p, transport, verbose)
        except Exception as e:  # a harness error is a failed case, not a crash of the run
            ok, what = False, "harness error: %r" % e
        alive, code = options_alive(host, port)
        if not alive:
            ok = False
            what += "; the server no longer answers OPTIONS"
        else:
            what += "; OPTIONS after it: %s" % code
        results.append((name, ok, "[%s %s] %s" % (case.section, case.kind, what)))
    return results


def _boot(kind):
    """Starts a server on 127.0.0.1:36060 (udp and tcp) for --boot; returns (port, stop)."""
    import tempfile
    here = os.path.dirname(os.path.abspath(__file__))
    port = 36060
    workdir = tempfile.mkdtemp(prefix="branchline-torture-")
    if kind == "kamailio":
        sys.path.insert(0, os.path.join(here, "..", "bench"))
        import bench
        k = bench.Kamailio(workdir, port, bench.planned_accounts(5))
        k.start()
        return port, k.stop
    sys.path.insert(0, here)
    import pbx
    dist = pbx.Distribution(workdir, http_port=36081, ssh_port=36001, rmi_ports=(11399, 44589))
    cfg = dist.path("etc", "org.branchline.sip.cfg")
    for k, v in (("address", "127.0.0.1"), ("udpPort", port), ("tcpPort", port)):
        pbx.set_property(cfg, k, v)
    dist.start()
    deadline = time.time() + 30
    while time.time() < deadline and not options_alive("127.0.0.1", port, 1.0, 1)[0]:
        time.sleep(0.5)
    return port, dist.stop


def main():
    ap = argparse.ArgumentParser(description="RFC 4475 torture subset against a SIP server")
    ap.add_argument("host", nargs="?", default="127.0.0.1")
    ap.add_argument("port", nargs="?", type=int, help="UDP port")
    ap.add_argument("--boot", choices=("branchline", "kamailio"),
                    help="start the assembled distribution (or the benchmark's Kamailio) on 127.0.0.1:36060 first")
    ap.add_argument("--tcp-port", type=int, help="TCP port (default: the UDP port); 0 = no TCP runs")
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("-v", "--verbose", action="store_true", help="print what is sent and received")
    args = ap.parse_args()
    stop = None
    if args.boot:
        args.host = "127.0.0.1"
        args.port, stop = _boot(args.boot)
    elif args.port is None:
        ap.error("give HOST PORT, or --boot")
    tcp = args.port if args.tcp_port is None else (args.tcp_port or None)
    only = set(args.only.split(",")) if args.only else None
    try:
        results = run(args.host, args.port, tcp, only, args.verbose)
    finally:
        if stop:
            stop()
    width = max(len(n) for n, _, _ in results)
    for name, ok, detail in results:
        print("%-*s  %s  %s" % (width, name, "ok  " if ok else "FAIL", detail))
    failed = [n for n, ok, _ in results if not ok]
    print("%d passed, %d failed%s" % (len(results) - len(failed), len(failed),
                                      (": " + ", ".join(failed)) if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
