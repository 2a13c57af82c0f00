package org.branchline.admin.internal;

import java.util.function.Supplier;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.sip.HandsetService;
import org.branchline.api.sip.RegistrationService;

/** The services of the SIP core (feature branchline-sip), each asked for on every call. */
public record SipCoreServices(OptionalService<HandsetService> handsets,
        OptionalService<RegistrationService> registrations) {

    static SipCoreServices of(Supplier<HandsetService> handsets, Supplier<RegistrationService> registrations) {
        return new SipCoreServices(optional(handsets), optional(registrations));
    }

    private static <S> OptionalService<S> optional(Supplier<S> service) {
        return new OptionalService<>(service, FeatureNotInstalledException::sipCore);
    }
}
