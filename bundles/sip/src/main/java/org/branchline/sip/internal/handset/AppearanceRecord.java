package org.branchline.sip.internal.handset;

import org.branchline.sip.internal.store.CallAppearanceEntity;

/** A call appearance as the registrar and the call engine need it, kept in memory. */
public record AppearanceRecord(String userId, String handsetLoginId, int line, String loginId, String owner,
        String ha1Md5, String ha1Sha256) {

    static AppearanceRecord of(CallAppearanceEntity e) {
        return new AppearanceRecord(e.userId, e.handsetLoginId, e.line, e.loginId, e.owner, e.ha1Md5, e.ha1Sha256);
    }

    public String ha1(DigestHash hash) {
        return hash == DigestHash.MD5 ? ha1Md5 : ha1Sha256;
    }
}
