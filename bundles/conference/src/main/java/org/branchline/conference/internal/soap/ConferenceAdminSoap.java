package org.branchline.conference.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.conference.internal.Conferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP door of the conference center: the same operations as REST and the shell. */
@Component(service = ConferenceAdminSoap.class, property = "branchline.admin.soap=/conference")
@WebService(name = "ConferenceAdmin", serviceName = "ConferenceAdminService", portName = "ConferenceAdminPort",
        targetNamespace = ConferenceAdminSoap.NAMESPACE)
public class ConferenceAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:conference:1";
    private final Conferences conferences;

    @Activate
    public ConferenceAdminSoap(@Reference Conferences conferences) {
        this.conferences = conferences;
    }

    @WebMethod
    public List<SoapConference> listConferences() {
        return conferences.list().stream().map(SoapConference::of).toList();
    }

    @WebMethod
    public SoapConference getConference(@WebParam(name = "id") String id) {
        return SoapConference.of(conferences.get(id));
    }
}
