package org.branchline.admin.internal.rest;

import java.util.Map;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.UserChange;

/** JSON request bodies (kebab-case names, which are also the field names that errors report). */
final class Requests {
    private Requests() {
    }

    record UserBody(String loginName, String template, String fullName, String password, String pin,
            Boolean requirePasswordChange, Boolean requirePinChange, String presence, Map<String, String> settings) {
        UserChange change() {
            return new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange,
                    presence == null ? null : RequestFields.presence(presence), settings);
        }
    }

    record PresenceBody(String presence) {
    }

    record TemplateApplicationBody(String template, TemplateApplication mode) {
    }

    record PasswordChangeBody(String currentPassword, String newPassword) {
    }

    record TemplateCopyBody(String source, String name) {
    }

    record TemplateBody(String name, Map<String, String> settings) {
    }

    record ExtensionBody(String number, ExtensionKind kind, String owner, String description) {
    }

    record DialPlanBody(DialPlanMode mode, Map<String, Integer> digits) {
    }

    record ExtensionLengthBody(Integer extensionLength) {
    }
}
