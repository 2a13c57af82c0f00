package org.branchline.shell.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Base of the pbx:* commands that print data: a table for people, or with --json the same JSON the REST
 * door answers (instants as ISO-8601 text). The admin services check the caller's roles; a refusal prints
 * its "field: rule" message.
 */
public abstract class PbxCommand implements Action {
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance)
                        .addSerializer(LocalDate.class, ToStringSerializer.instance))
            .build();

    @Option(name = "--json", description = "Print the data as JSON")
    boolean json;

    @Override
    public Object execute() throws Exception {
        Object data = data();
        if (json) {
            System.out.println(toJson(data));
        } else {
            printTable(data);
        }
        return null;
    }

    /** The data to print; also the place where the command does its work. */
    protected abstract Object data();

    protected abstract void printTable(Object data);

    static String toJson(Object data) throws JsonProcessingException {
        return JSON.writeValueAsString(data);
    }

    static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String c : columns) {
            table.column(c);
        }
        return table;
    }
}
