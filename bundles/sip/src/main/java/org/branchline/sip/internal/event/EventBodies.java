package org.branchline.sip.internal.event;

import java.util.List;

/** The bodies of the NOTIFYs: dialog-info (RFC 4235), simple-message-summary (RFC 3842), PIDF (RFC 3863). */
final class EventBodies {
    private EventBodies() {
    }

    static String dialogInfo(String entity, int version, List<DialogState> dialogs, String host) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n")
                .append("<dialog-info xmlns=\"urn:ietf:params:xml:ns:dialog-info\" version=\"").append(version)
                .append("\" state=\"full\" entity=\"").append(entity).append("\">\r\n");
        for (DialogState d : dialogs) {
            out.append(" <dialog id=\"").append(xml(d.callId())).append("\" call-id=\"").append(xml(d.callId()))
                    .append("\" direction=\"").append(d.direction()).append("\">\r\n")
                    .append("  <state>").append(d.state()).append("</state>\r\n");
            if (d.remote() != null) {
                String uri = "sip:" + xml(d.remote()) + "@" + host;
                out.append("  <remote><identity").append(d.remoteName() == null ? ""
                        : " display=\"" + xml(d.remoteName()) + "\"").append(">").append(uri)
                        .append("</identity><target uri=\"").append(uri).append("\"/></remote>\r\n");
            }
            out.append(" </dialog>\r\n");
        }
        return out.append("</dialog-info>\r\n").toString();
    }

    static String messageSummary(String account, int newMessages, int oldMessages) {
        return "Messages-Waiting: " + (newMessages > 0 ? "yes" : "no") + "\r\n"
                + "Message-Account: " + account + "\r\n"
                + "Voice-Message: " + newMessages + "/" + oldMessages + "\r\n";
    }

    static String pidf(String entity, String id, boolean open, String note) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
                + "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"" + entity + "\">\r\n"
                + " <tuple id=\"" + xml(id) + "\"><status><basic>" + (open ? "open" : "closed")
                + "</basic></status>" + (note == null ? "" : "<note>" + xml(note) + "</note>") + "</tuple>\r\n"
                + "</presence>\r\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
