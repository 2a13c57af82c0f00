package org.branchline.voicemail.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.voicemail.MailboxSummary;

/** A user's voice mailbox: the counts the message lamp shows; no extension when the user has none. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "mailbox")
public class SoapMailbox {
    public String owner;
    public String extension;
    public int newMessages;
    public int savedMessages;

    static SoapMailbox of(MailboxSummary m) {
        SoapMailbox s = new SoapMailbox();
        s.owner = m.owner();
        s.extension = m.extension();
        s.newMessages = m.newMessages();
        s.savedMessages = m.savedMessages();
        return s;
    }
}
