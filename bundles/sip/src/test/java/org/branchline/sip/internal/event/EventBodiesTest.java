package org.branchline.sip.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EventBodiesTest {
    @Test
    void dialogInfoNamesTheCaller() throws Exception {
        String xml = EventBodies.dialogInfo("sip:102@pbx", 3, List.of(new DialogState("c1", DialogState.EARLY,
                "recipient", "101", "Alice & Co")), "pbx");
        Document doc = parse(xml);
        assertEquals("3", doc.getDocumentElement().getAttribute("version"));
        assertEquals("early", doc.getElementsByTagName("state").item(0).getTextContent());
        assertEquals("sip:101@pbx", doc.getElementsByTagName("identity").item(0).getTextContent());
        assertEquals("Alice & Co", ((org.w3c.dom.Element) doc.getElementsByTagName("identity").item(0))
                .getAttribute("display"));
    }

    @Test
    void messageSummaryAndPresence() throws Exception {
        String mwi = EventBodies.messageSummary("sip:101@pbx", 2, 5);
        assertTrue(mwi.startsWith("Messages-Waiting: yes\r\n"), mwi);
        assertTrue(mwi.contains("Voice-Message: 2/5\r\n"), mwi);
        Document pidf = parse(EventBodies.pidf("sip:101@pbx", "t101", false, "On Vacation"));
        assertEquals("closed", pidf.getElementsByTagName("basic").item(0).getTextContent());
        assertEquals("On Vacation", pidf.getElementsByTagName("note").item(0).getTextContent());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
