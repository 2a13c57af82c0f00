package org.branchline.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.security.Role;
import org.junit.jupiter.api.Test;

class DirectoryFieldsTest {
    @Test
    void rolesByShortNameAndTheFieldWhenWrong() {
        assertEquals(Role.PHONE_ADMINISTRATOR, DirectoryFields.role("phone-administrator"));
        assertEquals("role", assertThrows(InvalidFieldException.class, () -> DirectoryFields.role("boss")).field());
    }

    @Test
    void digitsNameTheFunctionWhenWrong() {
        assertEquals(Map.of(DialPlanFunction.OUTSIDE_LINE, 8), DirectoryFields.digits("digit", List.of("outside-line=8")));
        assertEquals("digits.operator", assertThrows(InvalidFieldException.class,
                () -> DirectoryFields.digits("digit", List.of("operator=10"))).field());
        assertEquals("digits.nowhere", assertThrows(InvalidFieldException.class,
                () -> DirectoryFields.digits("digit", List.of("nowhere=1"))).field());
    }
}
