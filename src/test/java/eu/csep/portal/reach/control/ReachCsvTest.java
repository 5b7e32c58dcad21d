package eu.csep.portal.reach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReachCsvTest {

    @Test
    void readsTheDocumentedColumnsInAnyOrderWithFileLineNumbers() {
        ReachCsv.Parsed p = ReachCsv.parse(("\uFEFFplatform,metric,value,provenance,date_from,date_to\n"
                + "YouTube,impressions,1000,platform,2026-11-01,2026-11-30\n\n"
                + "\"TikTok\",clicks,12,self_reported,2026-11-01,2026-11-30\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertEquals(2, p.rows().size());
        assertEquals(new RowInput(2, "2026-11-01", "2026-11-30", "YouTube", "impressions", "1000", "platform"),
                p.rows().get(0));
        assertEquals(4, p.rows().get(1).line());
    }

    @Test
    void wrongColumnsBadEncodingAndBrokenLinesAreReported() {
        assertEquals("reach.csv.columns", ReachCsv.parse("date,platform,metric,value\n2026-11-01,X,clicks,1\n"
                .getBytes(StandardCharsets.UTF_8)).errors().get(0).messageKey());
        byte[] latin1 = (ReachCsv.COLUMNS + "\n2026-11-01,2026-11-30,Télégram,clicks,1,platform\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("reach.csv.encoding", ReachCsv.parse(latin1).errors().get(0).messageKey());
        ReachCsv.Parsed short_ = ReachCsv.parse((ReachCsv.COLUMNS + "\n2026-11-01,2026-11-30,X,clicks\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("reach.csv.fieldCount", short_.errors().get(0).messageKey());
        assertEquals(2, short_.errors().get(0).line());
        assertEquals("reach.csv.empty", ReachCsv.parse(new byte[0]).errors().get(0).messageKey());
        assertEquals("reach.csv.malformed", ReachCsv.parse((ReachCsv.COLUMNS + "\n\"2026-11-01,2026-11-30,X,c,1,p\n")
                .getBytes(StandardCharsets.UTF_8)).errors().get(0).messageKey());
    }
}
