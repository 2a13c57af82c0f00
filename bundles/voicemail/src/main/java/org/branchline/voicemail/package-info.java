/** Voice mailboxes and voicemail alerts as the admin doors see them (admin guide §20, Reports &gt; Users). */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.voicemail;
