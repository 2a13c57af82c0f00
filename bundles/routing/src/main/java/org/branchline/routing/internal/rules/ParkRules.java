package org.branchline.routing.internal.rules;

import java.util.function.Predicate;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.CallParkSettings;

/** Phone System &gt; Call Park (admin guide §29.1). */
public final class ParkRules {
    private ParkRules() {
    }

    /** A blank timeout extension means "back to the call appearance that parked the call" (null). */
    public static CallParkSettings check(CallParkSettings settings, Predicate<String> extensionExists) {
        if (settings == null) {
            throw new InvalidFieldException("timeout-seconds", "is required");
        }
        int timeout = settings.timeoutSeconds();
        if (timeout < CallParkSettings.MIN_TIMEOUT || timeout > CallParkSettings.MAX_TIMEOUT) {
            throw new InvalidFieldException("timeout-seconds",
                    "must be " + CallParkSettings.MIN_TIMEOUT + "-" + CallParkSettings.MAX_TIMEOUT);
        }
        String extension = settings.timeoutExtension();
        if (extension == null || extension.isBlank()) {
            return new CallParkSettings(timeout, null);
        }
        if (!extensionExists.test(extension)) {
            throw new InvalidFieldException("timeout-extension", "no extension '" + extension + "'");
        }
        return new CallParkSettings(timeout, extension);
    }
}
