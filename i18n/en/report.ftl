## Reports and profiles

report-title = netdoctor report
