package org.branchline.testapp;

import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An intercom for the end-to-end tests: 409 + an extension connects the caller like {@link ConnectApplication},
 * the phones rung asked to answer by themselves (the auto-answer hint of intercom and paging).
 */
@Component(property = {CallApplication.NAMES + "=intercom-test",
        CallApplication.NUMBERS + "=pbx-functions:09:extension"})
public final class IntercomApplication implements CallApplication {
    private final CallControl calls;

    @Activate
    public IntercomApplication(@Reference CallControl calls) {
        this.calls = calls;
    }

    @Override
    public void handle(ApplicationCall call) {
        ConnectApplication.connect(calls, call, true);
    }
}
