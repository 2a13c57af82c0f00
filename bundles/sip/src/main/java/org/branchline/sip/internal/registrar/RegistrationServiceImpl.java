package org.branchline.sip.internal.registrar;

import java.time.Instant;
import java.util.List;
import org.branchline.api.security.AccessControl;
import org.branchline.sip.Registration;
import org.branchline.sip.RegistrationService;
import org.branchline.sip.internal.SipPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The registration state the Handsets page shows: contacts and when they expire. */
@Component(service = RegistrationService.class)
public class RegistrationServiceImpl implements RegistrationService {
    private final Location location;
    private final AccessControl access;
    private final org.branchline.sip.HandsetService handsets;

    @Activate
    public RegistrationServiceImpl(@Reference Location location, @Reference AccessControl access,
            @Reference org.branchline.sip.HandsetService handsets) {
        this.location = location;
        this.access = access;
        this.handsets = handsets;
    }

    @Override
    public List<Registration> list() {
        access.require(SipPermissions.HANDSETS_VIEW);
        return location.all().stream().map(RegistrationServiceImpl::view).toList();
    }

    @Override
    public List<Registration> ofHandset(String loginId) {
        List<String> lines = handsets.get(loginId).appearances().stream()
                .map(org.branchline.sip.CallAppearance::userId).toList();
        return location.all().stream().filter(b -> lines.contains(b.userId())).map(RegistrationServiceImpl::view)
                .toList();
    }

    private static Registration view(Binding b) {
        return new Registration(b.loginId(), b.userId(), b.contact(), b.source(),
                Instant.ofEpochMilli(b.expiresAtMillis()), b.userAgent());
    }
}
