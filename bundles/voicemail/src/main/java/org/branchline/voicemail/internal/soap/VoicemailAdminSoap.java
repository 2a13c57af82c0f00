package org.branchline.voicemail.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.voicemail.MailboxService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP door of voicemail: mailboxes and voicemail alerts, the same operations as REST and the shell. */
@Component(service = VoicemailAdminSoap.class, property = "branchline.admin.soap=/voicemail")
@WebService(name = "VoicemailAdmin", serviceName = "VoicemailAdminService", portName = "VoicemailAdminPort",
        targetNamespace = VoicemailAdminSoap.NAMESPACE)
public class VoicemailAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:voicemail:1";
    private final MailboxService mailboxes;

    @Activate
    public VoicemailAdminSoap(@Reference MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @WebMethod
    public List<SoapMailbox> listMailboxes() {
        return mailboxes.list().stream().map(SoapMailbox::of).toList();
    }

    @WebMethod
    public SoapMailbox getMailbox(@WebParam(name = "owner") String owner) {
        return SoapMailbox.of(mailboxes.get(owner));
    }

    /** Deletes the user's saved messages (Reports &gt; Users); the number deleted. */
    @WebMethod
    public int deleteSavedMessages(@WebParam(name = "owner") String owner) {
        return mailboxes.deleteSavedMessages(owner);
    }

    @WebMethod
    public SoapVoicemailAlerts getVoicemailAlerts(@WebParam(name = "owner") String owner) {
        return SoapVoicemailAlerts.of(mailboxes.alerts(owner));
    }

    /** Replaces the user's alerts; a wrong field is named as in REST, e.g. escalation.levels[0].maximum-retries. */
    @WebMethod
    public SoapVoicemailAlerts updateVoicemailAlerts(@WebParam(name = "owner") String owner,
            @WebParam(name = "alerts") SoapVoicemailAlerts alerts) {
        return SoapVoicemailAlerts.of(mailboxes.updateAlerts(owner, SoapVoicemailAlerts.toAlerts(alerts)));
    }
}
