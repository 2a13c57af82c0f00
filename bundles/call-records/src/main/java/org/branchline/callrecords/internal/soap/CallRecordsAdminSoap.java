package org.branchline.callrecords.internal.soap;

import java.util.List;
import java.util.Objects;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.calls.CallRecordService;
import org.branchline.callrecords.internal.CallListLimit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP door of Reports &gt; Call Details: the same listing as REST and the shell. */
@Component(service = CallRecordsAdminSoap.class, property = "branchline.admin.soap=/call-records")
@WebService(name = "CallRecordsAdmin", serviceName = "CallRecordsAdminService", portName = "CallRecordsAdminPort",
        targetNamespace = CallRecordsAdminSoap.NAMESPACE)
public class CallRecordsAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:call-records:1";
    private final CallRecordService calls;

    @Activate
    public CallRecordsAdminSoap(@Reference CallRecordService calls) {
        this.calls = calls;
    }

    /** The newest first: at most limit (1-1000, default 100), started since an ISO-8601 instant or date. */
    @WebMethod
    public List<SoapCallRecord> listCalls(@WebParam(name = "limit") Integer limit,
            @WebParam(name = "since") String since) {
        return calls.list(RequestFields.instant("since", since), CallListLimit.of(Objects.toString(limit, null)))
                .stream().map(SoapCallRecord::of).toList();
    }
}
