// Hand-written testbench (not generated): the 16-bit LFSR must return to its seed after exactly 65535
// shifts (maximal length) and never reach zero. Run by `memcim verify hdl` with the emitted lfsr_w16_seed44257.v.
`timescale 1ns / 1ps

module tb_lfsr_period;
    reg clk = 1'b0;
    reg rst = 1'b1;
    wire [15:0] q;
    integer n = 0;
    integer zero = 0;

    lfsr_w16_seed44257 dut (.clk(clk), .rst(rst), .en(1'b1), .q(q));

    always #5 clk = ~clk;

    initial begin
        @(posedge clk);
        #1 rst = 1'b0;
        @(posedge clk);
        #1 n = 1;
        while (q !== 16'hACE1 && n < 70000) begin
            if (q == 16'd0) zero = zero + 1;
            @(posedge clk);
            #1 n = n + 1;
        end
        if (n == 65535 && zero == 0) $display("PASS tb_lfsr_period 65535 states");
        else $display("MISMATCH cycle %0d signal q expected period 65535 found %0d (zero states %0d)", n, n, zero);
        $finish;
    end
endmodule
