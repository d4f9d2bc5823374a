performance.mark('script-end');
