package org.branchline.api.directory;

import java.util.List;

/** Phone System &gt; Extensions (admin guide §18.1). Numbers must fit the internal dial plan. */
public interface ExtensionService {
    List<Extension> list();

    Extension get(String number);

    Extension create(Extension extension);

    Extension update(String number, String owner, String description);

    void delete(String number);
}
