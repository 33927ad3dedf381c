## Desktop app

gui-window-title = netdoctor
