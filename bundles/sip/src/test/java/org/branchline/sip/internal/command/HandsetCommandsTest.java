package org.branchline.sip.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.branchline.api.admin.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The pbx:handset-* commands' own checks, before any service is asked. */
class HandsetCommandsTest {
    @Test
    void handsetLineTakesAnOwnerOrNone() {
        HandsetLine command = new HandsetLine();
        command.loginId = "alice-phone";
        command.line = 1;
        assertEquals("owner", assertThrows(InvalidFieldException.class, command::execute).field());
        command.none = true;
        command.owner = "bob";
        assertEquals("owner", assertThrows(InvalidFieldException.class, command::execute).field());
    }
}
