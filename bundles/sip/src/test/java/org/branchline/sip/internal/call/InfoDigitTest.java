package org.branchline.sip.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javax.sip.SipFactory;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

class InfoDigitTest {
    @Test
    void readsDtmfRelayAndDtmfBodies() throws Exception {
        assertEquals(Optional.of('5'), InDialog.infoDigit(info("application", "dtmf-relay", "Signal=5\r\nDuration=160\r\n")));
        assertEquals(Optional.of('#'), InDialog.infoDigit(info("application", "dtmf-relay", "Signal= #\r\n")));
        assertEquals(Optional.of('*'), InDialog.infoDigit(info("application", "dtmf", "*")));
        assertEquals(Optional.empty(), InDialog.infoDigit(info("application", "dtmf-relay", "Signal=55\r\n")));
        assertEquals(Optional.empty(), InDialog.infoDigit(info("text", "plain", "5")));
    }

    private static Request info(String type, String subtype, String body) throws Exception {
        SipFactory sip = SipFactory.getInstance();
        sip.setPathName("gov.nist");
        Request info = sip.createMessageFactory().createRequest("INFO sip:404@192.0.2.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.9;branch=z9hG4bK1\r\nFrom: <sip:5100@192.0.2.1>;tag=a\r\n"
                + "To: <sip:404@192.0.2.1>;tag=b\r\nCall-ID: c1\r\nCSeq: 3 INFO\r\nMax-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n");
        info.setContent(body, sip.createHeaderFactory().createContentTypeHeader(type, subtype));
        return info;
    }
}
