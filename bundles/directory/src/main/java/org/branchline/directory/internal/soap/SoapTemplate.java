package org.branchline.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.directory.UserTemplate;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "userTemplate")
public class SoapTemplate {
    public String name;
    public boolean editable;
    public List<SoapSetting> settings = new ArrayList<>();
    public List<String> users = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "setting")
    public static class SoapSetting {
        public String name;
        public String value;
    }

    static SoapTemplate of(UserTemplate t) {
        SoapTemplate s = new SoapTemplate();
        s.name = t.name();
        s.editable = t.editable();
        t.settings().forEach((k, v) -> {
            SoapSetting setting = new SoapSetting();
            setting.name = k;
            setting.value = v;
            s.settings.add(setting);
        });
        s.users.addAll(t.users());
        return s;
    }
}
