package org.branchline.api.routing;

/** @param extension the transfer target or the voicemail inbox; null for HANG_UP */
public record FinalAction(FinalActionKind kind, String extension) {
    public static FinalAction hangUp() {
        return new FinalAction(FinalActionKind.HANG_UP, null);
    }
}
