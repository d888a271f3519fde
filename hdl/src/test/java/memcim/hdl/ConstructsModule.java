package memcim.hdl;

/** A module that uses every construct of the library once, for emitter, lint and simulator tests. */
final class ConstructsModule extends Module {
    ConstructsModule() {
        super("constructs", Params.of("W", 8));
        Input a = input("a", 8);
        Input b = input("b", 8);
        Input sa = sinput("sa", 8);
        Input sb = sinput("sb", 6);
        Input en = input("en", 1);
        Input amt = input("amt", 3);
        Output sum = output("sum", 8);
        Output carry = output("carry", 9);
        Output diff = soutput("diff", 9);
        Output prod = soutput("prod", 14);
        Output bitwise = output("bitwise", 8);
        Output cmp = output("cmp", 8);
        Output shifts = output("shifts", 32);
        Output misc = output("misc", 16);
        Output count = output("count", 8);
        Output romq = output("romq", 8);
        Output ramq = output("ramq", 8);
        Output st = output("st", 2);

        sum.assign(a.plus(b));
        carry.assign(a.plusCarry(b));
        diff.assign(sa.minusCarry(sb));
        prod.assign(sa.times(sb));
        bitwise.assign(a.and(b).or(a.xor(b).not()).xor(a.negate()));
        cmp.assign(cat(a.lt(b), a.ge(b), sa.lt(sb), sa.ge(sb), sa.gt(sb), sa.le(sb), a.eq(b), a.ne(b)));
        Wire t = wire("t", a.plus(b));
        shifts.assign(cat(a.shl(3), sa.shr(2).asUnsigned(), a.shr(1), t.shl(amt).bits(7, 0)));
        misc.assign(cat(a.andReduce(), a.orReduce(), a.xorReduce(), en.repeat(2), sb.resize(8).bits(7, 0).bits(5, 0),
                a.plus(b).bits(7, 3).bit(0), mux(en, sb.resize(9).bits(8, 6), lit(5, 3)), lit(1, 1)));
        Reg c = reg("c", 8).resetTo(3);
        c.next(c.plus(1).when(en));
        count.assign(c);
        Memory rom = rom("fib", 8, new long[] {1, 2, 3, 5, 8, 13, 21, 34});
        romq.assign(rom.read(a.bits(2, 0)));
        Memory ram = memory("ram", 8, 4);
        ram.write(b.bits(1, 0), a, en);
        ramq.assign(ram.read(a.bits(1, 0)));
        Fsm f = fsm("state", "IDLE", "RUN", "DONE");
        f.go("IDLE", "RUN", en);
        f.go("RUN", "DONE", c.eq(10));
        f.go("DONE", "IDLE");
        st.assign(f.register());
    }
}
